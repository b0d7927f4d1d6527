#include "hexbytesdialog.hpp"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#include "core/valueformat.hpp"
#include "widgets/valueview.hpp"

namespace browser {

HexBytesDialog::HexBytesDialog(const QByteArray& bytes, const QString& title, QWidget* parent)
    : QDialog(parent), original_(bytes) {
  setObjectName(QStringLiteral("hexBytesDialog"));
  setWindowTitle(title);
  view_ = new ValueView(this);
  view_->setObjectName(QStringLiteral("hexBytesView"));
  view_->showBytes(bytes);
  view_->setMode(ValueView::Mode::Hex);
  view_->setEditable(true);
  view_->setResizable(true);
  view_->setInsertMode(true);  // typing adds bytes, so an empty key can be typed
  view_->setCursorOffset(bytes.size());
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("hexBytesStatus"));
  auto* help = new QLabel(tr("Type hex digits to insert bytes; Insert switches to typing over them; Delete and "
                             "Backspace remove bytes."),
                          this);
  help->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto showStatus = [this] { status_->setText(tr("%1 · %2").arg(sizeDisplay(view_->size()), view_->statusText())); };
  connect(view_, &ValueView::statusChanged, this, showStatus);
  connect(view_, &ValueView::patchesChanged, this, showStatus);
  connect(view_, &ValueView::refused, status_, &QLabel::setText);
  showStatus();
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(help);
  layout->addWidget(view_, 1);
  layout->addWidget(status_);
  layout->addWidget(buttons);
  const int cw = view_->fontMetrics().horizontalAdvance(QLatin1Char('0'));
  resize(cw * 90, view_->fontMetrics().lineSpacing() * 14 + 120);
  view_->setFocus();
}

QByteArray HexBytesDialog::bytes() const {
  if (const auto& edited = view_->editedBytes()) return *edited;
  QByteArray out = original_;
  for (const auto& [at, byte] : view_->patches()) out[at] = byte;
  return out;
}

}  // namespace browser
