#include "maintenanceactions.hpp"

#include <QAction>
#include <QMenu>
#include <QWidget>

#include "core/databasecontroller.hpp"
#include "dialogs/backupdialog.hpp"
#include "dialogs/compactdialog.hpp"
#include "dialogs/encryptiondialog.hpp"
#include "dialogs/integritydialog.hpp"
#include "dialogs/statisticsdialog.hpp"

namespace browser {

MaintenanceActions::MaintenanceActions(DatabaseController* controller, QWidget* window)
    : QObject(window), controller_(controller), window_(window) {
  auto make = [this](const QString& text, const char* name) {
    auto* a = new QAction(text, this);
    a->setObjectName(QLatin1String(name));
    return a;
  };
  statistics_ = make(tr("&Statistics…"), "showStatistics");
  integrity_ = make(tr("Check &Integrity…"), "checkIntegrity");
  compact_ = make(tr("&Compact…"), "compactDatabase");
  backup_ = make(tr("&Back Up…"), "backupDatabase");
  encrypt_ = make(tr("&Encrypt…"), "encryptDatabase");
  change_key_ = make(tr("Change &Key…"), "changeKey");
  decrypt_ = make(tr("&Decrypt…"), "decryptDatabase");
  sweep_ = make(tr("Sweep E&xpired Records"), "sweepExpired");
  connect(statistics_, &QAction::triggered, this, [this] { show<StatisticsDialog>(); });
  connect(integrity_, &QAction::triggered, this, [this] { show<IntegrityDialog>(); });
  connect(compact_, &QAction::triggered, this, [this] { show<CompactDialog>(); });
  connect(backup_, &QAction::triggered, this, [this] { show<BackupDialog>(); });
  connect(encrypt_, &QAction::triggered, this, [this] { show<EncryptionDialog>(EncryptionDialog::Mode::Enable); });
  connect(change_key_, &QAction::triggered, this,
          [this] { show<EncryptionDialog>(EncryptionDialog::Mode::ChangeKey); });
  connect(decrypt_, &QAction::triggered, this, [this] { show<EncryptionDialog>(EncryptionDialog::Mode::Disable); });
  connect(sweep_, &QAction::triggered, controller_, &DatabaseController::sweepExpired);
  connect(controller_, &DatabaseController::opened, this, &MaintenanceActions::update);
  connect(controller_, &DatabaseController::closed, this, &MaintenanceActions::update);
  update();
}

template <class Dialog, class... Args>
void MaintenanceActions::show(Args... args) {
  if (!controller_->isOpen()) return;
  auto* d = new Dialog(args..., controller_, window_);
  d->setAttribute(Qt::WA_DeleteOnClose);
  // Modeless: the window stays usable while a long task runs, and quitting
  // (or the status bar's Cancel) stops the task instead of waiting for it.
  d->show();
  d->raise();
  d->activateWindow();
}

void MaintenanceActions::addTo(QMenu* menu) const {
  menu->addAction(statistics_);
  menu->addAction(integrity_);
  menu->addSeparator();
  menu->addAction(compact_);
  menu->addAction(backup_);
  menu->addAction(sweep_);
  menu->addSeparator();
  menu->addAction(encrypt_);
  menu->addAction(change_key_);
  menu->addAction(decrypt_);
}

void MaintenanceActions::update() {
  const bool open = controller_->isOpen();
  const bool writable = open && !controller_->isReadOnly();
  const bool encrypted = open && !controller_->info()->cipher.isEmpty();
  statistics_->setEnabled(open);
  integrity_->setEnabled(open);
  backup_->setEnabled(open);
  compact_->setEnabled(writable);
  sweep_->setEnabled(writable);
  encrypt_->setEnabled(writable && !encrypted);
  change_key_->setEnabled(writable && encrypted);
  decrypt_->setEnabled(writable && encrypted);
}

}  // namespace browser
