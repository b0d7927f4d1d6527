#include "valueview.hpp"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <limits>

namespace browser {

namespace {

constexpr qint64 kUnit = 16;               // bytes per scroll-bar step
constexpr qint64 kLineSearch = 64 * 1024;  // how far back a line start is looked for

QString printable(const QByteArray& bytes) {
  QString s = QString::fromUtf8(bytes);
  for (QChar& c : s) {
    if (c == QLatin1Char('\t'))
      c = QLatin1Char(' ');
    else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
      c = QChar(0x00b7);  // a control character, shown as a middle dot
  }
  return s;
}

}  // namespace

ValueView::ValueView(QWidget* parent) : QAbstractScrollArea(parent) {
  setObjectName(QStringLiteral("valueView"));
  setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  setFocusPolicy(Qt::StrongFocus);
  viewport()->setBackgroundRole(QPalette::Base);
  viewport()->setAutoFillBackground(true);
  horizontalScrollBar()->setRange(0, 0);  // hex rows wider than the view scroll sideways
  connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, [this] { viewport()->update(); });
  connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
    if (syncing_) return;
    // Dragged or stepped by the bar: the row at that offset.
    const qint64 anchor = std::min(size_, qint64(v) * kUnit);
    if (mode_ == Mode::Hex) {
      top_ = anchor - anchor % kHexWidth;
    } else {
      // The start of the line there; inside a long line, the offset itself.
      const qint64 line = lineStartAtOrBefore(anchor);
      top_ = anchor - line > qint64(columns()) * 4 ? anchor : line;
    }
    viewport()->update();
    Q_EMIT shown(top_);
  });
}

quint64 ValueView::reset(qint64 size) {
  size_ = std::max<qint64>(0, size);
  top_ = 0;
  stored_size_ = size_;
  editable_ = false;
  resizable_ = false;
  insert_ = false;
  cursor_ = 0;
  anchor_ = -1;
  low_digit_ = false;
  mark_ = mark_length_ = 0;
  const bool had = hasEdits();
  patches_.clear();
  edited_.reset();
  if (had) Q_EMIT patchesChanged();
  snap_to_ = -1;
  pages_.clear();
  last_used_.clear();
  requested_.clear();
  ++generation_;
  updateScrollBar();
  viewport()->update();
  Q_EMIT statusChanged();
  return generation_;
}

quint64 ValueView::showBytes(const QByteArray& bytes) {
  const quint64 generation = reset(bytes.size());
  for (qsizetype at = 0; at < bytes.size(); at += kPageSize) supplyPage(generation, at, bytes.mid(at, kPageSize));
  return generation;
}

void ValueView::setMode(Mode mode) {
  if (mode == mode_) return;
  const qint64 at = top_;
  mode_ = mode;
  updateScrollBar();
  goToOffset(at);
  Q_EMIT statusChanged();
}

void ValueView::supplyPage(quint64 generation, qint64 offset, const QByteArray& bytes) {
  if (generation != generation_ || offset % kPageSize != 0) return;
  const qint64 page = offset / kPageSize;
  requested_.remove(page);
  if (bytes.isEmpty()) return;
  pages_.insert(page, bytes);
  touch(page);
  while (pages_.size() > kPagesKept) {
    qint64 oldest = -1;
    quint64 used = ~quint64(0);
    for (auto it = last_used_.cbegin(); it != last_used_.cend(); ++it)
      if (it.key() != page && it.value() < used) {
        used = it.value();
        oldest = it.key();
      }
    if (oldest < 0) break;
    pages_.remove(oldest);
    last_used_.remove(oldest);
  }
  if (snap_to_ >= 0 && mode_ == Mode::Text) {
    bool known = true;
    const qint64 line = lineStartAtOrBefore(snap_to_, &known);
    if (known) {
      snap_to_ = -1;
      setTop(line);
    }
  }
  viewport()->update();
  Q_EMIT shown(top_);
}

std::optional<unsigned char> ValueView::byteAt(qint64 offset) const {
  if (edited_) {
    if (offset < 0 || offset >= size_) return std::nullopt;
    return static_cast<unsigned char>(edited_->at(offset));
  }
  auto b = storedByteAt(offset);
  if (b && !patches_.empty())
    if (auto it = patches_.find(offset); it != patches_.end()) return static_cast<unsigned char>(it->second);
  return b;
}

std::optional<unsigned char> ValueView::storedByteAt(qint64 offset) const {
  if (offset < 0 || offset >= size_) return std::nullopt;
  const qint64 page = offset / kPageSize;
  auto it = pages_.constFind(page);
  if (it == pages_.cend() || offset % kPageSize >= it->size()) {
    if (!requested_.contains(page)) {
      requested_.insert(page);
      const int length = int(std::min<qint64>(kPageSize, size_ - page * kPageSize));
      Q_EMIT const_cast<ValueView*>(this)->pageWanted(generation_, page * kPageSize, length);
    }
    return std::nullopt;
  }
  touch(page);
  return static_cast<unsigned char>(it->at(offset % kPageSize));
}

void ValueView::touch(qint64 page) const { last_used_.insert(page, ++clock_); }

int ValueView::visibleRowCount() const {
  return std::max(1, viewport()->height() / std::max(1, fontMetrics().lineSpacing()));
}

int ValueView::columns() const {
  return std::max(16, viewport()->width() / std::max(1, fontMetrics().horizontalAdvance(QLatin1Char('0'))) - 1);
}

std::vector<ValueView::Row> ValueView::layoutFrom(qint64 from, int count, bool* complete) const {
  std::vector<Row> rows;
  if (complete) *complete = true;
  qint64 pos = from;
  auto missing = [&] {
    if (complete) *complete = false;
    return rows;
  };
  if (mode_ == Mode::Hex) {
    const int digits = size_ > 0xffffffffLL ? 12 : 8;
    while (int(rows.size()) < count && pos < size_) {
      QString hex, ascii;
      const qint64 end = std::min(size_, pos + kHexWidth);
      for (qint64 o = pos; o < end; ++o) {
        auto b = byteAt(o);
        if (!b) return missing();
        hex += QStringLiteral("%1 ").arg(int(*b), 2, 16, QLatin1Char('0'));
        if (o - pos == 7) hex += QLatin1Char(' ');
        ascii += *b >= 0x20 && *b < 0x7f ? QChar::fromLatin1(char(*b)) : QLatin1Char('.');
      }
      const int width = kHexWidth * 3 + 1;
      rows.push_back(
          {pos, QStringLiteral("%1  %2 %3").arg(pos, digits, 16, QLatin1Char('0')).arg(hex, -width).arg(ascii)});
      pos = end;
    }
    return rows;
  }
  const int cols = columns();
  while (int(rows.size()) < count && pos < size_) {
    Row row;
    row.offset = pos;
    QByteArray bytes;
    int chars = 0;
    while (pos < size_) {
      auto b = byteAt(pos);
      if (!b) return missing();
      if (*b == '\n') {
        ++pos;
        break;
      }
      const bool lead = (*b & 0xc0) != 0x80;
      if (lead && chars == cols) {
        if (auto next = byteAt(pos); next && *next == '\n') ++pos;  // a full row that ends its line
        break;
      }
      if (lead) ++chars;
      bytes.append(char(*b));
      ++pos;
    }
    row.text = printable(bytes);
    rows.push_back(std::move(row));
  }
  return rows;
}

qint64 ValueView::lineStartAtOrBefore(qint64 offset, bool* known) const {
  offset = std::clamp<qint64>(offset, 0, size_);
  if (known) *known = true;
  const qint64 limit = std::max<qint64>(0, offset - kLineSearch);
  for (qint64 o = offset - 1; o >= limit; --o) {
    auto b = byteAt(o);
    if (!b) {  // not here yet: start where asked
      if (known) *known = false;
      return offset;
    }
    if (*b == '\n') return o + 1;
  }
  return limit == 0 ? 0 : offset;  // a line longer than the search: start where asked
}

qint64 ValueView::rowStartBefore(qint64 offset) const {
  if (offset <= 0) return 0;
  if (mode_ == Mode::Hex) return std::max<qint64>(0, offset - kHexWidth);
  const qint64 line = lineStartAtOrBefore(offset - 1);
  if (line >= offset) return std::max<qint64>(0, offset - columns());
  // The rows of that line up to `offset`: the last one before it.
  qint64 start = line;
  for (qint64 at = line; at < offset;) {
    const auto rows = layoutFrom(at, 64);
    if (rows.empty()) break;
    for (const Row& r : rows) {
      if (r.offset >= offset) return start;
      start = r.offset;
    }
    const auto next = layoutFrom(rows.back().offset, 2);
    if (next.size() < 2) break;
    at = next[1].offset;
  }
  return start;
}

void ValueView::setTop(qint64 offset) {
  const qint64 last = mode_ == Mode::Hex
                          ? std::max<qint64>(0, ((size_ + kHexWidth - 1) / kHexWidth - visibleRowCount()) * kHexWidth)
                          : std::max<qint64>(0, size_ - 1);
  top_ = std::clamp<qint64>(offset, 0, last);
  syncing_ = true;
  verticalScrollBar()->setValue(int(top_ / kUnit));
  syncing_ = false;
  viewport()->update();
  Q_EMIT shown(top_);
}

void ValueView::goToOffset(qint64 offset) {
  offset = std::clamp<qint64>(offset, 0, std::max<qint64>(0, size_ - 1));
  if (mode_ == Mode::Hex) {
    setTop(offset - offset % kHexWidth);
    return;
  }
  bool known = true;
  setTop(lineStartAtOrBefore(offset, &known));
  snap_to_ = known ? -1 : offset;  // once its bytes arrive, the start of its line
}

qint64 ValueView::topOffset() const { return top_; }

void ValueView::scrollRows(int rows) {
  if (rows == 0 || size_ == 0) return;
  snap_to_ = -1;
  if (mode_ == Mode::Hex) {
    setTop(top_ + qint64(rows) * kHexWidth);
    return;
  }
  qint64 at = top_;
  if (rows > 0) {
    const auto laid = layoutFrom(top_, rows + 1);
    if (int(laid.size()) > rows)
      at = laid[std::size_t(rows)].offset;
    else if (!laid.empty())
      at = laid.back().offset;  // the end, or bytes still on their way
  } else {
    for (int i = 0; i < -rows && at > 0; ++i) at = rowStartBefore(at);
  }
  setTop(at);
}

QStringList ValueView::visibleRows() const {
  QStringList out;
  for (const Row& r : layoutFrom(top_, visibleRowCount())) out << r.text;
  return out;
}

bool ValueView::isComplete() const {
  bool complete = true;
  (void)layoutFrom(top_, visibleRowCount(), &complete);
  return complete;
}

void ValueView::updateScrollBar() {
  const qint64 units = mode_ == Mode::Hex ? std::max<qint64>(0, (size_ + kHexWidth - 1) / kHexWidth - visibleRowCount())
                                          : std::max<qint64>(0, (size_ - 1) / kUnit);
  syncing_ = true;
  verticalScrollBar()->setRange(0, int(std::min<qint64>(units, std::numeric_limits<int>::max())));
  verticalScrollBar()->setPageStep(visibleRowCount());
  verticalScrollBar()->setSingleStep(1);
  verticalScrollBar()->setValue(int(top_ / kUnit));
  syncing_ = false;
  const int cw = std::max(1, fontMetrics().horizontalAdvance(QLatin1Char('0')));
  const int width = mode_ == Mode::Hex ? (hexColumn(kHexWidth) + 1 + kHexWidth) * cw + 8 : 0;
  horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
  horizontalScrollBar()->setPageStep(viewport()->width());
  horizontalScrollBar()->setSingleStep(cw);
}

void ValueView::resizeEvent(QResizeEvent* event) {
  QAbstractScrollArea::resizeEvent(event);
  updateScrollBar();
}

int ValueView::hexColumn(int index) const {
  const int digits = size_ > 0xffffffffLL ? 12 : 8;
  return digits + 2 + index * 3 + (index > 7 ? 1 : 0);
}

void ValueView::paintEvent(QPaintEvent*) {
  QPainter p(viewport());
  if (mode_ == Mode::Hex) p.translate(-horizontalScrollBar()->value(), 0);
  const QFontMetrics fm = fontMetrics();
  const int rowsWanted = visibleRowCount() + 1;
  bool complete = true;
  const auto rows = layoutFrom(top_, rowsWanted, &complete);
  int y = fm.ascent() + 2;
  const int cw = fm.horizontalAdvance(QLatin1Char('0'));
  const int ascii = hexColumn(kHexWidth) + 1;  // where the character column starts
  QColor marked = palette().color(QPalette::Highlight);
  marked.setAlpha(70);
  QColor selected = palette().color(QPalette::Highlight);
  selected.setAlpha(hasFocus() ? 150 : 100);
  const QColor found(255, 196, 0, 130);
  const qint64 selStart = selectionStart(), selEnd = selStart + selectionLength();
  // Bytes [from, to) of row `r`, filled in both columns.
  auto fillBytes = [&](const Row& r, int rowTop, qint64 from, qint64 to, const QColor& color) {
    for (qint64 o = std::max(from, r.offset); o < std::min(to, r.offset + kHexWidth); ++o) {
      const int i = int(o - r.offset);
      const bool joined = o + 1 < to && i != 7 && i + 1 < kHexWidth;  // reach the next byte's digits
      p.fillRect(4 + cw * hexColumn(i), rowTop, (joined ? 3 : 2) * cw, fm.height(), color);
      p.fillRect(4 + cw * (ascii + i), rowTop, cw, fm.height(), color);
    }
  };
  for (const Row& r : rows) {
    const int rowTop = y - fm.ascent();
    if (mark_length_ > 0 && mode_ == Mode::Text && mark_ < r.offset + qint64(r.text.size()) * 4 &&
        mark_ + mark_length_ > r.offset) {
      // Columns of the marked bytes in this row: characters start at lead bytes.
      int column = 0, first = -1, last = -1;
      for (qint64 o = r.offset; column <= r.text.size() && o < mark_ + mark_length_; ++o) {
        auto b = byteAt(o);
        if (!b) break;
        if ((*b & 0xc0) != 0x80 && o != r.offset) ++column;
        if (o >= mark_ && first < 0) first = column;
        if (o >= mark_) last = column;
      }
      if (first >= 0 && first < r.text.size())
        p.fillRect(4 + cw * first, rowTop, cw * (std::min<int>(last, int(r.text.size()) - 1) - first + 1), fm.height(),
                   found);
    }
    if (mode_ == Mode::Hex) {
      if (mark_length_ > 0) fillBytes(r, rowTop, mark_, mark_ + mark_length_, found);
      if (selEnd > selStart) fillBytes(r, rowTop, selStart, selEnd, selected);
      // Patched bytes are marked in both columns.
      for (auto it = patches_.lower_bound(r.offset); it != patches_.end() && it->first < r.offset + kHexWidth; ++it) {
        const int i = int(it->first - r.offset);
        p.fillRect(4 + cw * hexColumn(i), rowTop, 2 * cw, fm.height(), marked);
        p.fillRect(4 + cw * (ascii + i), rowTop, cw, fm.height(), marked);
      }
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(4, y, r.text);
    y += fm.lineSpacing();
  }
  // The cursor boxes its digit and its character; inserting, a bar before
  // the byte (also past the last one).
  if (mode_ == Mode::Hex && cursor_ >= top_ && (cursor_ < size_ || (insert_ && cursor_ == size_))) {
    const qint64 rowIndex = (cursor_ - top_) / kHexWidth;
    if (rowIndex < rowsWanted) {
      const int rowTop = 2 + int(rowIndex) * fm.lineSpacing();
      const int i = int(cursor_ % kHexWidth);
      p.setPen(palette().color(hasFocus() ? QPalette::Highlight : QPalette::Mid));
      if (insert_ && !low_digit_) {
        p.fillRect(4 + cw * hexColumn(i) - 1, rowTop, 2, fm.height(), p.pen().color());
        p.fillRect(4 + cw * (ascii + i) - 1, rowTop, 2, fm.height(), p.pen().color());
      } else {
        p.drawRect(4 + cw * (hexColumn(i) + (low_digit_ ? 1 : 0)), rowTop, cw - 1, fm.height() - 1);
        p.drawRect(4 + cw * (ascii + i), rowTop, cw - 1, fm.height() - 1);
      }
    }
  }
  if (!complete) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(4, y, tr("Loading…"));
  } else if (!rows.empty()) {
    // Ask for what follows before the user scrolls to it.
    (void)byteAt(std::min(size_ - 1, rows.back().offset + kPageSize / 2));
  }
}

void ValueView::setMark(qint64 offset, qint64 length) {
  mark_ = offset;
  mark_length_ = std::max<qint64>(0, length);
  viewport()->update();
}

void ValueView::wheelEvent(QWheelEvent* event) {
  const int steps = event->angleDelta().y() / 40;  // three rows a notch
  if (steps != 0) scrollRows(-steps);
  event->accept();
}

}  // namespace browser
