// ValueFindBar: finds bytes or text in the value a ValueView shows. In the
// hex view the needle is hex bytes ("de ad be ef", "0xdead", "de:ad"), or
// text in double quotes; in the text view, text. Enter or F3 finds the next
// match after the selection (else from the cursor), Shift+Enter or Shift+F3
// the one before it, wrapping round; the match is selected and shown. A value
// held whole is searched here at once; any other is searched by the owner
// (on the worker), asked by searchRequested() and answered by showFound().
#pragma once

#include <QWidget>
#include <optional>

#include "core/bytesearch.hpp"

class QLineEdit;
class QToolButton;

namespace browser {

class ValueView;

class ValueFindBar : public QWidget {
  Q_OBJECT
 public:
  explicit ValueFindBar(ValueView* view, QWidget* parent = nullptr);

  // F3 and Shift+F3 anywhere in `scope` (the panel holding the view).
  void addShortcutsTo(QWidget* scope);
  // The view holds every byte of its value: search it here.
  void setHeldWhole(bool whole) { held_whole_ = whole; }
  // Finds the next (or previous) match of what is typed.
  void find(SearchDirection direction);
  // Puts the cursor in the line, its text selected.
  void focusFind();
  // The answer to searchRequested(): the match's offset, -1 for none,
  // nothing when the search was cancelled or failed.
  void showFound(const QByteArray& needle, std::optional<qint64> at);
  // A search's answer that no longer applies (another value is shown).
  void searchDropped();
  bool isSearching() const;

 Q_SIGNALS:
  void searchRequested(const QByteArray& needle, qint64 from, browser::SearchDirection direction);
  // A sentence for the user: found where, not found, why not searched.
  void message(const QString& text);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  ValueView* view_;
  QLineEdit* line_;
  QToolButton* previous_;
  QToolButton* next_;
  bool held_whole_ = false;
};

}  // namespace browser
