// ValueView's hex editing: the cursor, the selection and its copy, typing
// over, inserting and removing bytes, and the keys and clicks that do it.
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <algorithm>
#include <limits>

#include "core/valueformat.hpp"
#include "valueview.hpp"

namespace browser {

void ValueView::setEditable(bool on) {
  editable_ = on;
  if (!on) insert_ = false;
  viewport()->update();
  Q_EMIT statusChanged();
}

void ValueView::setResizable(bool on) {
  resizable_ = on;
  if (!on) setInsertMode(false);
  Q_EMIT statusChanged();
}

void ValueView::setInsertMode(bool on) {
  if (on && (!resizable_ || !editable_)) return;
  insert_ = on;
  low_digit_ = false;
  if (!insert_ && cursor_ >= size_) cursor_ = std::max<qint64>(0, size_ - 1);
  viewport()->update();
  Q_EMIT statusChanged();
}

void ValueView::toggleInsert() {
  if (!insert_ && !resizable_) {
    Q_EMIT refused(
        tr("Only part of this value is held here, so its length cannot change: bytes can be typed over "
           "(overwrite), not inserted or removed."));
    return;
  }
  setInsertMode(!insert_);
}

void ValueView::clearEdits() {
  if (!hasEdits()) return;
  patches_.clear();
  if (edited_) {
    edited_.reset();
    size_ = stored_size_;
    anchor_ = -1;
    low_digit_ = false;
    cursor_ = std::clamp<qint64>(cursor_, 0, std::max<qint64>(0, insert_ ? size_ : size_ - 1));
    updateScrollBar();
    setTop(top_);
  }
  viewport()->update();
  Q_EMIT patchesChanged();
  Q_EMIT statusChanged();
}

void ValueView::setCursorOffset(qint64 offset) {
  low_digit_ = false;
  moveCursor(offset, false);
}

qint64 ValueView::selectionStart() const { return anchor_ < 0 ? cursor_ : std::min(anchor_, cursor_); }

qint64 ValueView::selectionLength() const {
  if (anchor_ < 0) return 0;
  const qint64 end = std::min(size_, std::max(anchor_, cursor_));
  return std::max<qint64>(0, end - selectionStart());
}

void ValueView::setSelection(qint64 offset, qint64 length) {
  if (size_ == 0) return;
  low_digit_ = false;
  offset = std::clamp<qint64>(offset, 0, size_ - 1);
  moveCursor(offset, false);
  anchor_ = length > 0 ? std::min(size_, offset + length) : -1;
  viewport()->update();
  Q_EMIT statusChanged();
}

std::optional<QString> ValueView::selectedHex() const {
  const qint64 length = selectionLength() > 0 ? selectionLength() : (cursor_ < size_ ? 1 : 0);
  if (length == 0 || length > kCopyLimit) return std::nullopt;
  QByteArray bytes;
  bytes.reserve(length);
  for (qint64 o = selectionStart(); o < selectionStart() + length; ++o) {
    const auto b = byteAt(o);
    if (!b) return std::nullopt;
    bytes.append(char(*b));
  }
  return toHex(bytes);
}

bool ValueView::copySelection() {
  const auto hex = selectedHex();
  if (!hex) {
    Q_EMIT refused(tr("Only a selection of up to %1 whose bytes are shown can be copied; Save to File takes the "
                      "whole value.")
                       .arg(sizeDisplay(kCopyLimit)));
    return false;
  }
  QGuiApplication::clipboard()->setText(*hex);
  return true;
}

QString ValueView::statusText() const {
  if (mode_ != Mode::Hex) return {};
  QStringList parts;
  parts << tr("Cursor 0x%1").arg(cursor_, 0, 16);
  if (const qint64 n = selectionLength(); n > 0)
    parts << tr("Selected %Ln byte(s) from 0x%1 to 0x%2", nullptr,
                int(std::min<qint64>(n, std::numeric_limits<int>::max())))
                 .arg(selectionStart(), 0, 16)
                 .arg(selectionStart() + n - 1, 0, 16);
  if (editable_) parts << (insert_ ? tr("Insert") : tr("Overwrite"));
  return parts.join(QStringLiteral(" · "));
}

std::optional<QByteArray> ValueView::heldBytes() const {
  if (edited_) return edited_;
  QByteArray all;
  all.reserve(size_);
  for (qint64 page = 0; page * kPageSize < size_; ++page) {
    const auto it = pages_.constFind(page);
    const qint64 wanted = std::min<qint64>(kPageSize, size_ - page * kPageSize);
    if (it == pages_.cend() || it->size() < wanted) return std::nullopt;
    all.append(it->left(wanted));
  }
  for (const auto& [at, byte] : patches_) all[at] = byte;
  return all;
}

std::optional<qint64> ValueView::findHeld(const QByteArray& needle, qint64 from, SearchDirection direction) const {
  const auto all = heldBytes();
  if (!all) return std::nullopt;
  return findBytes(*all, needle, from, direction);
}

void ValueView::moveCursor(qint64 to) { moveCursor(to, false); }

void ValueView::moveCursor(qint64 to, bool select) {
  if (size_ == 0 && !insert_) return;
  if (!select)
    anchor_ = -1;
  else if (anchor_ < 0)
    anchor_ = cursor_;
  // Past the last byte: where bytes are inserted, or the end of a selection.
  const qint64 last = insert_ || select ? size_ : size_ - 1;
  cursor_ = std::clamp<qint64>(to, 0, std::max<qint64>(0, last));
  const qint64 row = cursor_ - cursor_ % kHexWidth;
  const qint64 shown = qint64(visibleRowCount()) * kHexWidth;
  if (row < top_)
    setTop(row);
  else if (row >= top_ + shown)
    setTop(row - shown + kHexWidth);
  viewport()->update();
  Q_EMIT statusChanged();
}

bool ValueView::holdWhole() {
  if (edited_) return true;
  auto all = heldBytes();
  if (!all) return false;
  patches_.clear();
  edited_ = std::move(all);
  mark_length_ = 0;  // offsets move: a found match no longer is where it was
  return true;
}

void ValueView::removeBytes(qint64 from, qint64 length) {
  from = std::clamp<qint64>(from, 0, size_);
  length = std::clamp<qint64>(length, 0, size_ - from);
  if (length == 0 || !holdWhole()) return;
  edited_->remove(from, length);
  size_ -= length;
  low_digit_ = false;
  updateScrollBar();
  setTop(std::min(top_, from - from % kHexWidth));
  moveCursor(from, false);
  Q_EMIT patchesChanged();
}

bool ValueView::typeDigit(int digit) {
  if (insert_) {
    if (!holdWhole()) return false;
    if (selectionLength() > 0) removeBytes(selectionStart(), selectionLength());  // typed over the selection
    anchor_ = -1;
    if (!low_digit_) {  // a new byte, its low digit still to come
      edited_->insert(cursor_, char(digit << 4));
      ++size_;
      updateScrollBar();
      low_digit_ = true;
      moveCursor(cursor_);
    } else {
      (*edited_)[cursor_] = char((static_cast<unsigned char>(edited_->at(cursor_)) & 0xf0) | digit);
      low_digit_ = false;
      moveCursor(cursor_ + 1);
    }
    viewport()->update();
    Q_EMIT patchesChanged();
    return true;
  }
  if (edited_) {
    if (cursor_ >= size_) return false;
    const auto shown = static_cast<unsigned char>(edited_->at(cursor_));
    (*edited_)[cursor_] = char(low_digit_ ? (shown & 0xf0) | digit : (shown & 0x0f) | (digit << 4));
  } else {
    const auto stored = storedByteAt(cursor_);
    const auto shown = byteAt(cursor_);
    if (!stored || !shown) return false;  // its page is on its way: nothing to type over yet
    const auto b = static_cast<unsigned char>(low_digit_ ? (*shown & 0xf0) | digit : (*shown & 0x0f) | (digit << 4));
    if (b == *stored)
      patches_.erase(cursor_);
    else
      patches_[cursor_] = char(b);
  }
  if (low_digit_) {
    low_digit_ = false;
    moveCursor(cursor_ + 1);
  } else {
    low_digit_ = true;
    anchor_ = -1;
  }
  viewport()->update();
  Q_EMIT patchesChanged();
  return true;
}

qint64 ValueView::offsetAt(const QPoint& pos) const {
  if (size_ == 0) return -1;
  const QFontMetrics fm = fontMetrics();
  const int cw = std::max(1, fm.horizontalAdvance(QLatin1Char('0')));
  const qint64 row = top_ + qint64(std::max(0, pos.y() - 2) / std::max(1, fm.lineSpacing())) * kHexWidth;
  const int column = (pos.x() + horizontalScrollBar()->value() - 4) / cw;
  const int ascii = hexColumn(kHexWidth) + 1;
  // The byte whose digits or character are there, else the nearest before.
  int index = 0;
  for (int i = 0; i < kHexWidth; ++i)
    if (column >= hexColumn(i)) index = i;
  if (column >= ascii) index = std::min(kHexWidth - 1, column - ascii);
  return std::clamp<qint64>(row + index, 0, size_ - 1);
}

void ValueView::mousePressEvent(QMouseEvent* event) {
  QAbstractScrollArea::mousePressEvent(event);
  if (mode_ != Mode::Hex || event->button() != Qt::LeftButton) return;
  const QPoint pos = event->position().toPoint();
  const qint64 at = offsetAt(pos);
  if (at < 0) return;
  if (event->modifiers() & Qt::ShiftModifier) {  // from the selection's start (or the cursor) to here
    const qint64 from = anchor_ >= 0 ? anchor_ : cursor_;
    low_digit_ = false;
    anchor_ = from;
    moveCursor(at >= from ? at + 1 : at, true);
    return;
  }
  const int cw = std::max(1, fontMetrics().horizontalAdvance(QLatin1Char('0')));
  const int column = (pos.x() + horizontalScrollBar()->value() - 4) / cw;
  low_digit_ = column == hexColumn(int(at % kHexWidth)) + 1;
  moveCursor(at, false);
}

void ValueView::mouseMoveEvent(QMouseEvent* event) {
  QAbstractScrollArea::mouseMoveEvent(event);
  if (mode_ != Mode::Hex || !(event->buttons() & Qt::LeftButton)) return;
  const qint64 at = offsetAt(event->position().toPoint());
  // The byte pressed on and the one under the mouse, both selected.
  const qint64 from = anchor_ < 0 ? cursor_ : (anchor_ > cursor_ ? anchor_ - 1 : anchor_);
  if (at < 0 || (anchor_ < 0 && at == from)) return;
  low_digit_ = false;
  if (at >= from) {
    anchor_ = from;
    moveCursor(at + 1, true);
  } else {
    anchor_ = from + 1;
    moveCursor(at, true);
  }
}

bool ValueView::event(QEvent* event) {
  if (event->type() == QEvent::ShortcutOverride) {
    // Keys the window has shortcuts for (Copy Key, Delete, Find) mean the view's own here.
    auto* key = static_cast<QKeyEvent*>(event);
    const bool hex = mode_ == Mode::Hex;
    const bool editing = hex && editable_;
    if ((hex && key->matches(QKeySequence::Copy)) || key->matches(QKeySequence::Find) ||
        (editing &&
         (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Insert))) {
      event->accept();
      return true;
    }
  }
  return QAbstractScrollArea::event(event);
}

void ValueView::keyPressEvent(QKeyEvent* event) {
  const int page = std::max(1, visibleRowCount() - 1);
  const bool ctrl = event->modifiers() & Qt::ControlModifier;
  const bool shift = event->modifiers() & Qt::ShiftModifier;
  if (event->matches(QKeySequence::Find)) {
    Q_EMIT findWanted();
    event->accept();
    return;
  }
  if (mode_ == Mode::Hex) {
    if (event->matches(QKeySequence::Copy)) {
      copySelection();
      event->accept();
      return;
    }
    const QString t = event->text();
    bool isDigit = false;
    const int digit = t.size() == 1 && !ctrl ? t.toInt(&isDigit, 16) : -1;
    const qint64 row = cursor_ - cursor_ % kHexWidth;
    switch (event->key()) {
      case Qt::Key_Left:
        low_digit_ = false;
        moveCursor(cursor_ - 1, shift);
        break;
      case Qt::Key_Right:
        low_digit_ = false;
        moveCursor(cursor_ + 1, shift);
        break;
      case Qt::Key_Up: moveCursor(cursor_ - kHexWidth, shift); break;
      case Qt::Key_Down: moveCursor(cursor_ + kHexWidth, shift); break;
      case Qt::Key_PageUp: moveCursor(cursor_ - qint64(page) * kHexWidth, shift); break;
      case Qt::Key_PageDown: moveCursor(cursor_ + qint64(page) * kHexWidth, shift); break;
      case Qt::Key_Home:
        low_digit_ = false;
        moveCursor(ctrl ? 0 : row, shift);
        break;
      case Qt::Key_End:
        low_digit_ = false;
        moveCursor(shift || insert_ ? (ctrl ? size_ : std::min(size_, row + kHexWidth))
                                    : (ctrl ? size_ - 1 : row + kHexWidth - 1),
                   shift);
        break;
      case Qt::Key_Insert:
        if (!editable_) return QAbstractScrollArea::keyPressEvent(event);
        toggleInsert();
        break;
      case Qt::Key_Delete:
      case Qt::Key_Backspace:
        if (!editable_ || !insert_) return QAbstractScrollArea::keyPressEvent(event);
        if (selectionLength() > 0)
          removeBytes(selectionStart(), selectionLength());
        else if (event->key() == Qt::Key_Delete)
          removeBytes(cursor_, 1);
        else if (cursor_ > 0)
          removeBytes(cursor_ - 1, 1);
        break;
      default:
        if (!editable_ || !isDigit || !typeDigit(digit)) return QAbstractScrollArea::keyPressEvent(event);
    }
    event->accept();
    return;
  }
  switch (event->key()) {
    case Qt::Key_Down: scrollRows(1); break;
    case Qt::Key_Up: scrollRows(-1); break;
    case Qt::Key_PageDown: scrollRows(page); break;
    case Qt::Key_PageUp: scrollRows(-page); break;
    case Qt::Key_Home:
      if (!ctrl) return QAbstractScrollArea::keyPressEvent(event);
      setTop(0);
      break;
    case Qt::Key_End:
      if (!ctrl) return QAbstractScrollArea::keyPressEvent(event);
      goToOffset(size_ - 1);
      scrollRows(-(visibleRowCount() - 1));
      break;
    default: QAbstractScrollArea::keyPressEvent(event); return;
  }
  event->accept();
}

}  // namespace browser
