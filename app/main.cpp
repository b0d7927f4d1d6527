// emdb-browser: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>
#include <cstdio>

#include "core/databasecontroller.hpp"
#include "core/translations.hpp"
#include "models/keytablemodel.hpp"
#include "window/mainwindow.hpp"

namespace {

struct Options {
  QCommandLineOption readOnly{QStringLiteral("read-only"),
                              QCoreApplication::translate("main", "Open the file read-only, without its lock.")};
  QCommandLineOption sample{
      QStringLiteral("create-sample"),
      QCoreApplication::translate("main", "Open <file>, writing a demo database there first if it does not exist."),
      QStringLiteral("file")};
  QCommandLineOption smoke{QStringLiteral("smoke-test"),
                           QCoreApplication::translate("main",
                                                       "Open the file, print how many records it holds once the "
                                                       "first rows show, and exit (0 on success).")};
};

void describe(QCommandLineParser& cli, const Options& o) {
  cli.setApplicationDescription(QCoreApplication::translate("main", "Inspect and edit emdb databases."));
  cli.addHelpOption();
  cli.addVersionOption();
  cli.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "The database to open."),
                            QStringLiteral("[file]"));
  cli.addOption(o.readOnly);
  cli.addOption(o.sample);
  cli.addOption(o.smoke);
}

void name(QCoreApplication&) {
  QCoreApplication::setOrganizationName(QStringLiteral("emdb"));
  QCoreApplication::setApplicationName(QStringLiteral("emdb Browser"));
  QCoreApplication::setApplicationVersion(QStringLiteral(EMDB_BROWSER_VERSION));
}

// --help and --version print and exit without a display (a terminal over
// SSH, a packaging script): they need no QApplication.
bool onlyPrints(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const QByteArray a(argv[i]);
    if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" || a == "--version") return true;
    if (a == "--") break;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (onlyPrints(argc, argv)) {
    QCoreApplication app(argc, argv);
    name(app);
    browser::installTranslations(browser::preferredLanguage());
    QCommandLineParser cli;
    const Options o;
    describe(cli, o);
    // Printed here and returned from (no exit() inside the parser): the
    // application ends as every run does.
    if (!cli.parse(app.arguments())) {
      std::fprintf(stderr, "%s\n", qPrintable(cli.errorText()));
      return 2;
    }
    if (cli.isSet(QStringLiteral("version")) && !cli.isSet(QStringLiteral("help")) &&
        !cli.isSet(QStringLiteral("help-all"))) {
      std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                  qPrintable(QCoreApplication::applicationVersion()));
      return 0;
    }
    std::fputs(qPrintable(cli.helpText()), stdout);
    return 0;
  }
  QApplication app(argc, argv);
  name(app);
  QApplication::setDesktopFileName(QStringLiteral("org.emdb.Browser"));
  QApplication::setWindowIcon(
      QIcon::fromTheme(QStringLiteral("org.emdb.Browser"), QIcon(QStringLiteral(":/icons/org.emdb.Browser.svg"))));

  browser::installTranslations(browser::preferredLanguage());

  QCommandLineParser cli;
  const Options o;
  describe(cli, o);
  cli.process(app);
  const QCommandLineOption& readOnly = o.readOnly;
  const QCommandLineOption& sample = o.sample;
  const QCommandLineOption& smoke = o.smoke;

  browser::MainWindow window;
  const QStringList files = cli.positionalArguments();
  if (cli.isSet(smoke)) {
    // Opens headless-friendly and exits: for package and install checks.
    QObject::connect(window.controller(), &browser::DatabaseController::openFailed, &app,
                     [](const browser::OpenRequest& r, const browser::OpenFailure& f) {
                       std::fprintf(stderr, "emdb-browser: cannot open %s: %s\n", qPrintable(r.path),
                                    qPrintable(f.message));
                       QApplication::exit(1);
                     });
    QObject::connect(window.controller(), &browser::DatabaseController::opened, &app,
                     [&window](const browser::DatabaseInfo& info) {
                       QObject::connect(window.keyModel(), &browser::KeyTableModel::rowsLoaded, qApp, [info] {
                         std::printf("opened %s: %lld records in %lld named namespaces\n", qPrintable(info.path),
                                     static_cast<long long>(info.records), static_cast<long long>(info.namespaces));
                         QApplication::exit(0);
                       });
                       QObject::connect(window.keyModel(), &browser::KeyTableModel::scopeReady, qApp, [info](qint64 n) {
                         if (n > 0) return;
                         std::printf("opened %s: 0 records\n", qPrintable(info.path));
                         QApplication::exit(0);
                       });
                     });
    QTimer::singleShot(60'000, &app, [] {
      std::fprintf(stderr, "emdb-browser: the smoke test timed out\n");
      QApplication::exit(1);
    });
  }
  window.show();
  if (cli.isSet(sample)) {
    const QString path = QFileInfo(cli.value(sample)).absoluteFilePath();
    if (QFileInfo::exists(path))
      window.openFile(path);
    else
      window.createSample(path);
  } else if (!files.isEmpty()) {
    window.openFile(QFileInfo(files.first()).absoluteFilePath(), cli.isSet(readOnly));
  } else if (cli.isSet(smoke)) {
    std::fprintf(stderr, "emdb-browser: --smoke-test needs a file\n");
    return 2;
  }
  return QApplication::exec();
}
