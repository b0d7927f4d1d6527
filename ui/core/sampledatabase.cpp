#include "sampledatabase.hpp"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QThread>
#include <array>
#include <vector>

namespace browser {

namespace {

struct Record {
  std::string key, value;
  emdb::Ttl ttl = emdb::Ttl::none();
};

constexpr std::array kFirst{"Ada",      "Alan",   "Grace", "Edsger", "Barbara", "Donald", "Frances", "Ken",
                            "Margaret", "Dennis", "Radia", "Leslie", "Hedy",    "Linus",  "Sophie",  "Tim"};
constexpr std::array kLast{"Lovelace", "Turing",  "Hopper",  "Dijkstra", "Liskov", "Knuth",    "Allen",  "Thompson",
                           "Hamilton", "Ritchie", "Perlman", "Lamport",  "Lamarr", "Torvalds", "Wilson", "Berners-Lee"};
constexpr std::array kCities{"Berlin", "Lyon", "Madrid", "Osaka", "Shenzhen", "Toronto", "Nairobi", "Lima"};

std::string hexToken(QRandomGenerator& rng, int bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < bytes; ++i) {
    const auto b = rng.bounded(256);
    s += kDigits[b >> 4];
    s += kDigits[b & 15];
  }
  return s;
}

std::string pngBytes(int size, QColor a, QColor b) {
  QImage img(size, size, QImage::Format_ARGB32);
  img.fill(Qt::transparent);
  QPainter p(&img);
  p.setRenderHint(QPainter::Antialiasing);
  QLinearGradient g(0, 0, size, size);
  g.setColorAt(0, a);
  g.setColorAt(1, b);
  p.setBrush(g);
  p.setPen(Qt::NoPen);
  p.drawRoundedRect(QRectF(2, 2, size - 4, size - 4), size / 6.0, size / 6.0);
  p.setBrush(QColor(255, 255, 255, 200));
  p.drawEllipse(QRectF(size * 0.3, size * 0.3, size * 0.4, size * 0.4));
  p.end();
  QByteArray out;
  QBuffer buf(&out);
  buf.open(QIODevice::WriteOnly);
  img.save(&buf, "PNG");
  return out.toStdString();
}

std::vector<Record> users(QRandomGenerator& rng) {
  std::vector<Record> out;
  for (int i = 1; i <= 1500; ++i) {
    const std::string first = kFirst[rng.bounded(int(kFirst.size()))];
    const std::string last = kLast[rng.bounded(int(kLast.size()))];
    char id[16];
    std::snprintf(id, sizeof id, "%05d", i);
    const std::string login = QString::fromStdString(first + "." + last).toLower().toStdString() + std::to_string(i);
    const std::string profile =
        std::string("{\"id\": ") + std::to_string(i) + ", \"name\": \"" + first + " " + last + "\", \"email\": \"" +
        login + "@example.org\", \"city\": \"" + kCities[rng.bounded(int(kCities.size()))] + "\", \"roles\": [" +
        (i % 50 == 1 ? "\"admin\", " : "") + "\"user\"], \"active\": " + (i % 7 ? "true" : "false") +
        ", \"created\": \"2025-" + std::to_string(1 + i % 12) + "-" + std::to_string(1 + i % 28) + "\"}";
    out.push_back({"user:" + std::string(id) + ":profile", profile});
    if (i % 3 == 0)
      out.push_back({"user:" + std::string(id) + ":avatar-url", "https://example.org/avatars/" + login + ".png"});
  }
  return out;
}

std::vector<Record> sessions(QRandomGenerator& rng) {
  std::vector<Record> out;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  for (int i = 0; i < 400; ++i) {
    const std::string token = hexToken(rng, 12);
    const int user = 1 + int(rng.bounded(1500));
    const std::string v = "{\"user\": " + std::to_string(user) + ", \"ip\": \"10.0." +
                          std::to_string(rng.bounded(256)) + "." + std::to_string(rng.bounded(256)) +
                          "\", \"agent\": \"Mozilla/5.0\"}";
    // Most expire within a day, a few have expired already (not yet swept).
    const qint64 ttl = i % 25 == 0 ? -60'000 : qint64(60'000) * (5 + qint64(rng.bounded(1440)));
    out.push_back({"session:" + token, v, emdb::Ttl::at(std::uint64_t(now + ttl))});
  }
  return out;
}

std::vector<Record> defaults() {
  return {
      {"welcome", "This is a demo database. Pick a namespace on the left to browse its keys."},
      {"schema.version", "7"},
      {"import.last", R"({"at": "2026-11-28T22:15:00Z", "records": 4213, "source": "nightly.jsonl"})"},
      {"import.source", "s3://example-backups/nightly.jsonl"},
  };
}

std::vector<Record> config() {
  return {
      {"app/name", "emdb Browser demo"},
      {"app/version", "1.4.2"},
      {"app/maintenance", "false"},
      {"feature/flags.json",
       R"({"newEditor": true, "betaSearch": false, "rollout": {"percent": 25, "regions": ["eu", "ap"]}})"},
      {"layout/main.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<layout version=\"2\">\n  <panel id=\"tree\" width=\"240\"/>\n"
       "  <panel id=\"table\" stretch=\"1\"/>\n  <panel id=\"value\" width=\"420\"/>\n</layout>\n"},
      {"deploy/production.yaml",
       "service: shop\nreplicas: 3\nimage: registry.example.org/shop:1.4.2\nresources:\n  cpu: 500m\n  memory: "
       "256Mi\nenv:\n  - name: LOG_LEVEL\n    value: info\n"},
      {"deploy/settings.toml",
       "[server]\nhost = \"0.0.0.0\"\nport = 8080\n\n[database]\npath = \"/var/lib/shop/shop.emdb\"\n"
       "flush_policy = \"group\"\n"},
      {"docs/README.md",
       "# Shop configuration\n\nKeys under `deploy/` describe **environments**; keys under `feature/` toggle "
       "features.\n\n- Edit with care\n- Changes apply on restart\n"},
      {"templates/welcome.html",
       "<!DOCTYPE html>\n<html>\n<head><title>Welcome</title></head>\n<body>\n  <h1>Welcome, {{name}}!</h1>\n"
       "  <p>Your order <b>{{order}}</b> has shipped.</p>\n</body>\n</html>\n"},
      {"smtp/host", "mail.example.org"},
      {"smtp/port", "587"},
      {"motd", "Scheduled maintenance on Sunday 02:00-03:00 UTC.\nThank you for your patience."},
  };
}

std::vector<Record> assets(QRandomGenerator& rng) {
  std::vector<Record> out;
  out.push_back({"icons/logo.png", pngBytes(96, QColor(0x2a, 0x7a, 0xe2), QColor(0x7b, 0x3f, 0xe4))});
  out.push_back({"icons/badge.png", pngBytes(48, QColor(0xe2, 0x8a, 0x2a), QColor(0xd4, 0x2a, 0x4e))});
  out.push_back({"icons/star.svg",
                 "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 24 24\">"
                 "<path fill=\"#f5b301\" d=\"M12 2l3 7h7l-5.5 4.5L18.5 21 12 16.8 5.5 21l2-7.5L2 9h7z\"/></svg>"});
  for (int i = 0; i < 40; ++i) {
    std::string blob(64 + rng.bounded(448), '\0');
    for (auto& c : blob) c = char(rng.bounded(256));
    std::string key(16, '\0');  // a binary key: a raw 16-byte identifier
    for (auto& c : key) c = char(rng.bounded(256));
    out.push_back({key, blob});
  }
  return out;
}

std::vector<Record> metrics(QRandomGenerator& rng) {
  std::vector<Record> out;
  const std::array hosts{"web-01", "web-02", "db-01"};
  const std::array kinds{"cpu", "mem", "disk"};
  for (const char* kind : kinds)
    for (const char* host : hosts)
      for (int h = 0; h < 72; ++h) {
        char when[32];
        std::snprintf(when, sizeof when, "2026-11-%02d.%02d:00", 26 + h / 24, h % 24);
        out.push_back({std::string(kind) + "." + host + "." + when, std::to_string(rng.bounded(10000) / 100.0)});
      }
  return out;
}

bool onGuiThread() {
  const QCoreApplication* app = QCoreApplication::instance();
  return app && QThread::currentThread() == app->thread();
}

}  // namespace

emdb::Result<SampleSummary> createSampleDatabase(WorkerContext& ctx, const QString& path) {
  return createSampleDatabase(path, ctx.progress());
}

emdb::Result<SampleSummary> createSampleDatabase(const QString& path, const emdb::Progress& progress) {
  Q_ASSERT_X(!onGuiThread(), "createSampleDatabase", "engine access on the GUI thread");
  const auto fsPath = std::filesystem::path(QFile::encodeName(path).toStdString());
  std::error_code ec;
  if (std::filesystem::exists(fsPath, ec))
    return std::unexpected(emdb::Error(emdb::ErrorCode::InvalidConfig, fsPath.string() + " already exists"));
  auto db = emdb::Database::builder().path(fsPath).enable_range_scans(true).build();
  if (!db) return std::unexpected(db.error());

  QRandomGenerator rng(20261129);
  const std::vector<std::pair<std::string, std::vector<Record>>> parts{
      {"", defaults()},     {"users", users(rng)},   {"sessions", sessions(rng)},
      {"config", config()}, {"assets", assets(rng)}, {"metrics", metrics(rng)},
  };
  std::uint64_t total = 0, done = 0;
  for (const auto& [ns, records] : parts) total += records.size();
  SampleSummary summary;
  for (const auto& [ns, records] : parts) {
    std::optional<emdb::Namespace> named;
    if (!ns.empty()) {
      auto n = db->open_namespace(ns);
      if (!n) return std::unexpected(n.error());
      named = std::move(*n);
      ++summary.namespaces;
    }
    const emdb::Keyspace& space = named ? static_cast<const emdb::Keyspace&>(*named) : *db;
    emdb::WriteBatch batch;
    for (const Record& r : records) {
      batch.insert(space, r.key, r.value, r.ttl);
      if (batch.size() == 500) {
        if (auto w = db->write(batch); !w) return std::unexpected(w.error());
        done += batch.size();
        batch.clear();
        if (progress && !progress(done, total))
          return std::unexpected(emdb::Error(emdb::ErrorCode::Cancelled, "cancelled"));
      }
    }
    if (auto w = db->write(batch); !w) return std::unexpected(w.error());
    done += batch.size();
    summary.records += qint64(records.size());
  }
  if (auto f = db->flush(); !f) return std::unexpected(f.error());
  if (auto c = db->checkpoint(); !c) return std::unexpected(c.error());
  if (progress) progress(total, total);
  return summary;
}

}  // namespace browser
