// ValueView: a view of a value of any size, in hex or as text, that
// lays out only the lines on screen. Its bytes arrive a page at a time from
// whoever owns the view (pageWanted, then supplyPage); a bounded cache keeps
// the pages around what is shown, so a value of a gigabyte costs the window
// a few megabytes, and nothing waits for bytes that have not arrived (their
// lines show as loading until they do).
//
// Hex rows hold 16 bytes. Text rows break at line ends and wrap at the
// view's width; the scroll bar tracks the byte offset of the first row.
//
// In hex, a cursor marks one hex digit of a byte: arrows, Page Up/Down,
// Home/End (Ctrl: the whole value) and clicks move it, the view following
// it; with Shift, or dragging the mouse, they select a range of bytes (shown
// in the hex and character columns; Ctrl+C copies it as hex). Editable, a
// typed hex digit replaces the cursor's digit and moves on; what was typed
// stays as patches over the value's bytes (shown in both views, marked in
// hex) until the owner takes or clears them. Resizable (the owner holds the
// whole value), Insert switches to inserting: typed digits insert bytes,
// Delete and Backspace remove them, and the view holds the edited value
// whole (editedBytes()).
#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <map>
#include <optional>
#include <vector>

#include "core/bytesearch.hpp"

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

  // Shows `bytes`, held whole (no page is ever asked for); returns the
  // generation as reset() does.
  quint64 showBytes(const QByteArray& bytes);

  // Overwriting in place (hex view only); off after reset().
  void setEditable(bool on);
  bool isEditable() const { return editable_; }
  // Inserting and removing bytes may be offered (the owner holds the whole
  // value and has supplied every page); off after reset().
  void setResizable(bool on);
  bool isResizable() const { return resizable_; }
  // Insert mode (toggled by the Insert key); off when not resizable.
  void setInsertMode(bool on);
  bool isInsertMode() const { return insert_; }
  // Offset -> the byte typed over it (bytes typed back to what they were
  // are not patches). Kept across setMode(); dropped by reset().
  const std::map<qint64, char>& patches() const { return patches_; }
  // The whole edited value once bytes were inserted or removed (patches are
  // then folded into it); nothing before.
  const std::optional<QByteArray>& editedBytes() const { return edited_; }
  bool hasEdits() const { return !patches_.empty() || edited_.has_value(); }
  // Drops every edit: patches, inserted and removed bytes.
  void clearEdits();
  qint64 cursorOffset() const { return cursor_; }
  // Puts the cursor on the high digit of the byte at `offset`, shown, and
  // drops the selection.
  void setCursorOffset(qint64 offset);

  // The selected bytes [selectionStart(), + selectionLength()); length 0:
  // nothing is selected.
  qint64 selectionStart() const;
  qint64 selectionLength() const;
  // Selects `length` bytes from `offset` (the cursor on the last one), shown.
  void setSelection(qint64 offset, qint64 length);
  // The selection (else the cursor's byte) as hex ("de ad be ef"); nothing
  // when its bytes are not all here or it is longer than kCopyLimit.
  static constexpr qint64 kCopyLimit = 1 << 20;
  std::optional<QString> selectedHex() const;
  // The cursor, the selection and the editing mode in a line, for a status bar.
  QString statusText() const;

  // Where `needle` is, from `from` as findBytes() looks, in the bytes shown
  // (edits included); nothing when they are not all held here.
  std::optional<qint64> findHeld(const QByteArray& needle, qint64 from, SearchDirection direction) const;

 Q_SIGNALS:
  // The view needs the bytes [offset, offset + length) of generation `generation`.
  void pageWanted(quint64 generation, qint64 offset, int length);
  // What is on screen changed (scrolled, or bytes arrived).
  void shown(qint64 topOffset);
  // A byte was typed over, inserted or removed, or the edits were cleared.
  void patchesChanged();
  // The cursor, the selection or the editing mode changed (statusText()).
  void statusChanged();
  // Ctrl+F: the user wants to find bytes in the value.
  void findWanted();
  // Something the user asked for cannot be done, and why (Insert on a value
  // not held whole, a copy too large).
  void refused(const QString& reason);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  bool event(QEvent* event) override;

 private:
  struct Row {
    qint64 offset = 0;  // of its first byte
    QString text;
  };
  // The byte at `offset` as shown (patches laid over the value's), asking
  // for its page when it is missing; storedByteAt() without the patches.
  std::optional<unsigned char> byteAt(qint64 offset) const;
  std::optional<unsigned char> storedByteAt(qint64 offset) const;
  // Hex view: a typed digit; a cursor move (keeping it shown), extending
  // the selection when `select`.
  bool typeDigit(int digit);
  void moveCursor(qint64 to);
  void moveCursor(qint64 to, bool select);
  // Insert mode: the edited value whole (made from the pages and patches on
  // first use; false when a page is missing); removes the selection or
  // [from, from + length).
  bool holdWhole();
  // Every byte as shown (edits included); nothing when a page is missing.
  std::optional<QByteArray> heldBytes() const;
  void removeBytes(qint64 from, qint64 length);
  // The byte under a point of the viewport (hex or character column), or -1.
  qint64 offsetAt(const QPoint& pos) const;
  bool copySelection();
  void toggleInsert();
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
  qint64 top_ = 0;       // offset of the first row shown
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
  bool resizable_ = false;
  bool insert_ = false;
  qint64 anchor_ = -1;                // the other end of the selection (with cursor_), or none
  qint64 stored_size_ = 0;            // size_ before bytes were inserted or removed
  std::optional<QByteArray> edited_;  // the whole value once resized
  qint64 mark_ = 0, mark_length_ = 0;
};

}  // namespace browser
