// RangeFilter: the bar above the key table. Narrows the current namespace to
// a key prefix, a range (each end inclusive or exclusive) and a glob or
// regular-expression pattern; Enter applies, Clear returns to everything.
#pragma once

#include <QWidget>

#include "core/session.hpp"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
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
    bool isEmpty() const { return prefix.isEmpty() && !from && !to && pattern.isEmpty() && !hideExpired; }
  };

  explicit RangeFilter(QWidget* parent = nullptr);
  Filter filter() const;
  // Applies the filter's fields to `scope` (keeping its namespace and prefix).
  static KeyScope apply(KeyScope scope, const Filter& filter);
  // What the bar says about the rows: "1,234 keys", "scanning: 120 matches".
  void setStatus(const QString& text);
  // Empties every field and applies that.
  void clear();

 Q_SIGNALS:
  void changed(const browser::RangeFilter::Filter& filter);

 private:
  void emitChanged();
  QLineEdit* prefix_;
  QLineEdit* from_;
  QCheckBox* from_inclusive_;
  QLineEdit* to_;
  QCheckBox* to_inclusive_;
  QLineEdit* pattern_;
  QComboBox* syntax_;
  QCheckBox* hide_expired_;
  QToolButton* clear_;
  QLabel* status_;
  QLabel* problem_;
};

}  // namespace browser
