#include "valuefindbar.hpp"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>
#include <tuple>

#include "valueview.hpp"

namespace browser {

ValueFindBar::ValueFindBar(ValueView* view, QWidget* parent) : QWidget(parent), view_(view) {
  line_ = new QLineEdit(this);
  line_->setObjectName(QStringLiteral("findInValue"));
  line_->setPlaceholderText(tr("Find in value"));
  line_->setToolTip(
      tr("Enter or F3 finds the next match, Shift+Enter or Shift+F3 the one before: bytes in the Hex "
         "view (ff 00 1a, 0xdead, de:ad, or \"text\" in quotes), text in the Text view"));
  line_->setClearButtonEnabled(true);
  line_->installEventFilter(this);
  previous_ = new QToolButton(this);
  previous_->setObjectName(QStringLiteral("findPrevious"));
  previous_->setArrowType(Qt::UpArrow);
  previous_->setToolTip(tr("Find the match before (Shift+F3)"));
  next_ = new QToolButton(this);
  next_->setObjectName(QStringLiteral("findNext"));
  next_->setArrowType(Qt::DownArrow);
  next_->setToolTip(tr("Find the next match (F3)"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addWidget(line_, 1);
  layout->addWidget(previous_);
  layout->addWidget(next_);
  connect(line_, &QLineEdit::returnPressed, this, [this] { find(SearchDirection::Forward); });
  connect(previous_, &QToolButton::clicked, this, [this] { find(SearchDirection::Backward); });
  connect(next_, &QToolButton::clicked, this, [this] { find(SearchDirection::Forward); });
}

void ValueFindBar::addShortcutsTo(QWidget* scope) {
  for (auto [standard, f3, direction] :
       {std::tuple{QKeySequence::FindNext, QKeySequence(Qt::Key_F3), SearchDirection::Forward},
        std::tuple{QKeySequence::FindPrevious, QKeySequence(Qt::SHIFT | Qt::Key_F3), SearchDirection::Backward}}) {
    // The platform's keys, and F3 / Shift+F3 wherever they are not among them.
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(f3)) keys << f3;
    auto* action = new QAction(scope);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, direction] {
      if (isVisible()) find(direction);
    });
    scope->addAction(action);
  }
}

bool ValueFindBar::eventFilter(QObject* watched, QEvent* event) {
  if (watched == line_ && event->type() == QEvent::KeyPress) {
    auto* key = static_cast<QKeyEvent*>(event);
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
      find(SearchDirection::Backward);  // plain Enter: returnPressed
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

void ValueFindBar::focusFind() {
  line_->setFocus(Qt::ShortcutFocusReason);
  line_->selectAll();
}

bool ValueFindBar::isSearching() const { return !line_->isEnabled(); }

void ValueFindBar::find(SearchDirection direction) {
  if (line_->text().isEmpty() || isSearching()) return;
  const bool hex = view_->mode() == ValueView::Mode::Hex;
  const auto needle = needleFor(line_->text(), hex);
  if (!needle) {
    Q_EMIT message(
        tr("In the Hex view, find looks for bytes: pairs of digits 0-9 and a-f, such as ff 00 1a, 0xdead "
           "or de:ad; text goes in double quotes."));
    return;
  }
  // From the match or selection shown (after it, or before it), else from
  // the cursor (hex) or the top row (text).
  const qint64 current = hex ? (view_->selectionLength() > 0 ? view_->selectionStart() : -1) : view_->markOffset();
  const qint64 here = hex ? view_->cursorOffset() : view_->topOffset();
  const qint64 from = current < 0 ? here : direction == SearchDirection::Forward ? current + 1 : current;
  if (held_whole_)
    if (const auto at = view_->findHeld(*needle, from, direction)) return showFound(*needle, *at);
  line_->setEnabled(false);
  previous_->setEnabled(false);
  next_->setEnabled(false);
  Q_EMIT message(tr("Searching…"));
  Q_EMIT searchRequested(*needle, from, direction);
}

void ValueFindBar::searchDropped() {
  line_->setEnabled(true);
  previous_->setEnabled(true);
  next_->setEnabled(true);
}

void ValueFindBar::showFound(const QByteArray& needle, std::optional<qint64> at) {
  searchDropped();
  if (!at) {
    Q_EMIT message(tr("The search stopped before it was done."));
    return;
  }
  if (*at < 0) {
    view_->setMark(0, 0);
    Q_EMIT message(tr("Not found: %1 is nowhere in this value.").arg(line_->text()));
    return;
  }
  view_->setMark(*at, needle.size());
  view_->goToOffset(*at);
  if (view_->mode() == ValueView::Mode::Hex) view_->setSelection(*at, needle.size());
  Q_EMIT message(
      tr("Found at offset %L1 (0x%2). F3 finds the next, Shift+F3 the one before.").arg(*at).arg(*at, 0, 16));
}

}  // namespace browser
