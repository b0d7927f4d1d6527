// OpenFlow: what happens when an open fails. Asks for the passphrase or key
// of an encrypted file (again, when the last one was wrong), explains a held
// lock and offers read-only or breaking it, offers a read-only look at a
// damaged file, and reports everything else. Dialogs are window-modal and
// never block the event loop.
#pragma once

#include <QObject>
#include <QPointer>

#include <optional>
#include <utility>

#include "core/session.hpp"
#include "dialogs/keydialog.hpp"

class QWidget;

namespace browser {

class DatabaseController;

class OpenFlow : public QObject {
  Q_OBJECT
 public:
  OpenFlow(DatabaseController* controller, QWidget* window);

 Q_SIGNALS:
  // The user gave up on opening `path` (cancelled a dialog, or read an error).
  void abandoned(const QString& path);

 private:
  void onFailure(const OpenRequest& request, const OpenFailure& failure);
  void askForKey(OpenRequest request, const OpenFailure& failure);
  void explainLock(OpenRequest request, const OpenFailure& failure);
  void offerReadOnly(OpenRequest request, const OpenFailure& failure);
  // An empty file: make it a database only when the user says so.
  void offerToCreate(OpenRequest request);
  void report(const OpenRequest& request, const OpenFailure& failure);

  DatabaseController* controller_;
  QPointer<QWidget> window_;
  // What was typed in the last key dialog, until the open it started ends.
  std::optional<std::pair<QString, KeyDialog::Entry>> last_entry_;
};

}  // namespace browser
