// RangeFilter: the bar above the key table. Narrows the current namespace to
// a key prefix, a range (each end inclusive or exclusive), a glob or
// regular-expression pattern, and what the values hold (text, a regular
// expression or hex bytes), searched on the worker as the table fills. The filter applies as the user types (after a
// short pause; Enter applies at once); Clear, Escape in a field or Ctrl+L
// return to everything.
#pragma once

#include <QWidget>

#include "core/session.hpp"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace browser {

class RangeFilter : public QWidget {
  Q_OBJECT
 public:
  // The filter part of a scope (namespace and tree prefix left empty).
  struct Filter {
    QByteArray prefix;
    std::optional<KeyBound> from, to;
    QString pattern;
    KeyScope::Syntax syntax = KeyScope::Syntax::Glob;
    bool hideExpired = false;
    QString valueQuery;
    KeyScope::ValueSyntax valueSyntax = KeyScope::ValueSyntax::Text;
    bool isEmpty() const {
      return prefix.isEmpty() && !from && !to && pattern.isEmpty() && !hideExpired && valueQuery.isEmpty();
    }
  };

  explicit RangeFilter(QWidget* parent = nullptr);
  Filter filter() const;
  // Applies the filter's fields to `scope` (keeping its namespace and prefix).
  static KeyScope apply(KeyScope scope, const Filter& filter);
  // What the bar says about the rows: "1,234 keys", "scanning: 120 matches".
  void setStatus(const QString& text);
  // Empties every field and applies that.
  void clear();
  // Puts the keyboard in the pattern field, its text selected (Ctrl+F).
  void focusPattern();
  // Puts the keyboard in the value field, its text selected (Ctrl+Shift+F).
  void focusValue();
  // How long typing pauses before the filter applies.
  static constexpr int kTypingPauseMs = 300;

 Q_SIGNALS:
  void changed(const browser::RangeFilter::Filter& filter);
  // The regular expression typed does not compile: nothing matches it, and
  // what an older filter found must not stay on screen.
  void invalid(const QString& reason);

 private:
  void emitChanged();
  QTimer* typing_;
  QLineEdit* prefix_;
  QLineEdit* from_;
  QCheckBox* from_inclusive_;
  QLineEdit* to_;
  QCheckBox* to_inclusive_;
  QLineEdit* pattern_;
  QComboBox* syntax_;
  QLineEdit* value_;
  QComboBox* value_syntax_;
  QCheckBox* hide_expired_;
  QToolButton* clear_;
  QLabel* status_;
  QLabel* problem_;
};

}  // namespace browser
