// The languages the browser ships, and loading their catalogs (ours and
// Qt's own) into the application.
#pragma once

#include <QList>
#include <QString>

namespace browser {

struct Language {
  QString code;  // "de", "zh_CN"
  QString name;  // in the language itself: "Deutsch"
};

// Every shipped translation, English (the source language) first.
QList<Language> availableLanguages();
// The language the user chose in the preferences ("" follows the system).
QString preferredLanguage();
void setPreferredLanguage(const QString& code);
// Installs the catalogs for `code` ("" for the system's language) and
// removes earlier ones; returns the language in use ("en" when no catalog
// matched).
QString installTranslations(const QString& code);

}  // namespace browser
