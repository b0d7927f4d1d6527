#include "translations.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>
#include <vector>

namespace browser {

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed() {
  static std::vector<std::unique_ptr<QTranslator>> list;
  return list;
}
}  // namespace

QList<Language> availableLanguages() {
  return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
          {QStringLiteral("es"), QStringLiteral("Español")}, {QStringLiteral("fr"), QStringLiteral("Français")},
          {QStringLiteral("ja"), QStringLiteral("日本語")},  {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString preferredLanguage() { return QSettings().value(QStringLiteral("ui/language")).toString(); }

void setPreferredLanguage(const QString& code) {
  if (code.isEmpty())
    QSettings().remove(QStringLiteral("ui/language"));
  else
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

QString installTranslations(const QString& code) {
  for (auto& t : installed()) QCoreApplication::removeTranslator(t.get());
  installed().clear();
  QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
  // The POSIX "C" locale (LANG unset or C.UTF-8) names no language: English,
  // with English number formats ("1,000,000"), like the source texts.
  if (locale.language() == QLocale::C) locale = QLocale(QLocale::English, QLocale::UnitedStates);
  // Dates, numbers and sizes follow the chosen language too.
  QLocale::setDefault(locale);
  QString used = QStringLiteral("en");
  auto ours = std::make_unique<QTranslator>();
  // Plural forms of the English source texts ("1 record", "2 records") come
  // from an English catalog; other languages from theirs. Installed catalogs
  // (share/emdb-browser/translations) come before the embedded ones.
  const QString installed_dir =
      QCoreApplication::applicationDirPath() + QStringLiteral("/../share/emdb-browser/translations");
  // A language without a catalog of its own gets the English one.
  const QLocale english(QLocale::English, QLocale::UnitedStates);
  if (ours->load(locale, QStringLiteral("emdb_browser"), QStringLiteral("_"), installed_dir) ||
      ours->load(locale, QStringLiteral("emdb_browser"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
      ours->load(english, QStringLiteral("emdb_browser"), QStringLiteral("_"), installed_dir) ||
      ours->load(english, QStringLiteral("emdb_browser"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
    used = ours->language().isEmpty() ? used : ours->language();
    QCoreApplication::installTranslator(ours.get());
    installed().push_back(std::move(ours));
  }
  auto qt = std::make_unique<QTranslator>();
  if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QCoreApplication::installTranslator(qt.get());
    installed().push_back(std::move(qt));
  }
  return used;
}

}  // namespace browser
