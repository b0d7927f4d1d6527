// ValueView: a read-only view of a value of any size, in hex or as text, that
// lays out only the lines on screen. Its bytes arrive a page at a time from
// whoever owns the view (pageWanted, then supplyPage); a bounded cache keeps
// the pages around what is shown, so a value of a gigabyte costs the window
// a few megabytes, and nothing waits for bytes that have not arrived (their
// lines show as loading until they do).
//
// Hex rows hold 16 bytes. Text rows break at line ends and wrap at the
// view's width; the scroll bar tracks the byte offset of the first row.
//
// Editable, the hex view overwrites bytes in place: a cursor marks one hex
// digit of a byte; a typed hex digit replaces it and moves on; arrows, Page
// Up/Down, Home/End (Ctrl: the whole value) and clicks move the cursor, the
// view following it. What was typed stays as patches over the value's bytes
// (shown in both views, marked in hex) until the owner takes or clears them.
#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QHash>
#include <QSet>
#include <map>
#include <optional>
#include <vector>

namespace browser {

class ValueView : public QAbstractScrollArea {
  Q_OBJECT
 public:
  enum class Mode { Hex, Text };
  static constexpr int kPageSize = 64 * 1024;
  static constexpr int kPagesKept = 64;  // 4 MiB of a value at most
  static constexpr int kHexWidth = 16;   // bytes per hex row

  explicit ValueView(QWidget* parent = nullptr);

  // Shows a value of `size` bytes from its start; none of its pages are
  // known yet. Returns the generation that supplyPage() answers must carry.
  quint64 reset(qint64 size);
  qint64 size() const { return size_; }
  void setMode(Mode mode);
  Mode mode() const { return mode_; }

  // The bytes of the page at `offset` (a multiple of kPageSize); answers of
  // an older generation are dropped.
  void supplyPage(quint64 generation, qint64 offset, const QByteArray& bytes);
  // Scrolls so that the row holding byte `offset` is the first one shown.
  void goToOffset(qint64 offset);
  // The offset of the first byte shown.
  qint64 topOffset() const;
  // Scrolls by `rows` rows (negative: up).
  void scrollRows(int rows);
  // The rows on screen as shown (tests, copy of what is seen); a row whose
  // bytes have not arrived yet is missing from the end.
  QStringList visibleRows() const;
  bool isComplete() const;  // every row on screen has its bytes
  int cachedPages() const { return int(pages_.size()); }

  // Marks `length` bytes from `offset` (a search's match) in either view;
  // length 0 clears the mark. Dropped by reset().
  void setMark(qint64 offset, qint64 length);
  qint64 markOffset() const { return mark_length_ > 0 ? mark_ : -1; }

  // Overwriting in place (hex view only); off after reset().
  void setEditable(bool on);
  bool isEditable() const { return editable_; }
  // Offset -> the byte typed over it (bytes typed back to what they were
  // are not patches). Kept across setMode(); dropped by reset().
  const std::map<qint64, char>& patches() const { return patches_; }
  void clearPatches();
  qint64 cursorOffset() const { return cursor_; }
  // Puts the cursor on the high digit of the byte at `offset`, shown.
  void setCursorOffset(qint64 offset);

 Q_SIGNALS:
  // The view needs the bytes [offset, offset + length) of generation `generation`.
  void pageWanted(quint64 generation, qint64 offset, int length);
  // What is on screen changed (scrolled, or bytes arrived).
  void shown(qint64 topOffset);
  // A byte was typed over, or the patches were cleared.
  void patchesChanged();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;

 private:
  struct Row {
    qint64 offset = 0;  // of its first byte
    QString text;
  };
  // The byte at `offset` as shown (patches laid over the value's), asking
  // for its page when it is missing; storedByteAt() without the patches.
  std::optional<unsigned char> byteAt(qint64 offset) const;
  std::optional<unsigned char> storedByteAt(qint64 offset) const;
  // Hex view: a typed digit; a cursor move (keeping it shown).
  bool typeDigit(int digit);
  void moveCursor(qint64 to);
  // Hex view: the text column where byte `index` (0-15) of a row starts.
  int hexColumn(int index) const;
  // Rows from `from` on, at most `count`, stopping at the first missing byte.
  std::vector<Row> layoutFrom(qint64 from, int count, bool* complete = nullptr) const;
  // Where the text row before `offset` starts (0 at the top).
  qint64 rowStartBefore(qint64 offset) const;
  // `known`: false when bytes before `offset` have not arrived (then `offset`).
  qint64 lineStartAtOrBefore(qint64 offset, bool* known = nullptr) const;
  int visibleRowCount() const;
  int columns() const;
  void setTop(qint64 offset);
  void updateScrollBar();
  void touch(qint64 page) const;

  qint64 size_ = 0;
  Mode mode_ = Mode::Text;
  qint64 top_ = 0;      // offset of the first row shown
  qint64 snap_to_ = -1;  // a text jump waiting for bytes before it, to start at its line
  quint64 generation_ = 0;
  bool syncing_ = false;  // the scroll bar is being set from top_
  mutable QHash<qint64, QByteArray> pages_;
  mutable QHash<qint64, quint64> last_used_;
  mutable quint64 clock_ = 0;
  mutable QSet<qint64> requested_;
  bool editable_ = false;
  qint64 cursor_ = 0;
  bool low_digit_ = false;  // the cursor is on the byte's second hex digit
  std::map<qint64, char> patches_;
  qint64 mark_ = 0, mark_length_ = 0;
};

}  // namespace browser
