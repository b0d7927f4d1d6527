#include "rangefilter.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

#include "core/scope.hpp"

namespace browser {

RangeFilter::RangeFilter(QWidget* parent) : QWidget(parent), typing_(new QTimer(this)) {
  setObjectName(QStringLiteral("rangeFilter"));
  typing_->setSingleShot(true);
  typing_->setInterval(kTypingPauseMs);
  connect(typing_, &QTimer::timeout, this, &RangeFilter::emitChanged);
  auto field = [this](const char* name, const QString& placeholder, const QString& tip) {
    auto* e = new QLineEdit(this);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    e->setToolTip(tip);
    e->setClearButtonEnabled(true);
    e->setMinimumWidth(70);
    connect(e, &QLineEdit::returnPressed, this, &RangeFilter::emitChanged);
    connect(e, &QLineEdit::textEdited, typing_, qOverload<>(&QTimer::start));
    return e;
  };
  prefix_ = field("filterPrefix", tr("Prefix"), tr("Only keys that start with this text"));
  from_ = field("filterFrom", tr("From"), tr("Only keys from this one on, in byte order"));
  to_ = field("filterTo", tr("To"), tr("Only keys up to this one, in byte order"));
  pattern_ = field("filterPattern", tr("Pattern"),
                   tr("Glob (user:*:profile, matching the whole key) or regular expression (anywhere in the key)"));
  from_inclusive_ = new QCheckBox(tr("incl."), this);
  from_inclusive_->setObjectName(QStringLiteral("fromInclusive"));
  from_inclusive_->setChecked(true);
  from_inclusive_->setToolTip(tr("Include the From key itself"));
  to_inclusive_ = new QCheckBox(tr("incl."), this);
  to_inclusive_->setObjectName(QStringLiteral("toInclusive"));
  to_inclusive_->setToolTip(tr("Include the To key itself"));
  syntax_ = new QComboBox(this);
  syntax_->setObjectName(QStringLiteral("patternSyntax"));
  syntax_->addItem(tr("Glob"), int(KeyScope::Syntax::Glob));
  syntax_->addItem(tr("Regex"), int(KeyScope::Syntax::Regex));
  value_ = field("filterValue", tr("Value contains"),
                 tr("Only records whose value holds this: text (letters in either case), a regular expression "
                    "(over the value as text), or hex bytes. Searched record by record as the table fills."));
  value_syntax_ = new QComboBox(this);
  value_syntax_->setObjectName(QStringLiteral("valueSyntax"));
  value_syntax_->addItem(tr("Text"), int(KeyScope::ValueSyntax::Text));
  value_syntax_->addItem(tr("Regex"), int(KeyScope::ValueSyntax::Regex));
  value_syntax_->addItem(tr("Hex"), int(KeyScope::ValueSyntax::Hex));
  hide_expired_ = new QCheckBox(tr("Hide expired"), this);
  hide_expired_->setObjectName(QStringLiteral("hideExpired"));
  hide_expired_->setToolTip(tr("Leave out records whose expiry has passed but that are not swept yet"));
  clear_ = new QToolButton(this);
  clear_->setObjectName(QStringLiteral("clearFilter"));
  clear_->setText(tr("Clear"));
  clear_->setToolTip(tr("Show every key of the namespace again"));
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("filterStatus"));
  problem_ = new QLabel(this);
  problem_->setObjectName(QStringLiteral("filterProblem"));
  problem_->hide();

  // Two rows, so the bar stays narrow in every language: where the keys are,
  // then what they look like.
  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* range = new QHBoxLayout;
  range->addWidget(prefix_, 2);
  range->addWidget(from_, 2);
  range->addWidget(from_inclusive_);
  range->addWidget(to_, 2);
  range->addWidget(to_inclusive_);
  auto* match = new QHBoxLayout;
  match->addWidget(pattern_, 3);
  match->addWidget(syntax_);
  match->addWidget(value_, 3);
  match->addWidget(value_syntax_);
  match->addWidget(hide_expired_);
  match->addWidget(clear_);
  layout->addLayout(range, 0, 0);
  layout->addLayout(match, 1, 0);
  auto* notes = new QHBoxLayout;
  notes->addWidget(status_, 1);
  notes->addWidget(problem_);
  layout->addLayout(notes, 2, 0);
  connect(from_inclusive_, &QCheckBox::toggled, this, &RangeFilter::emitChanged);
  connect(to_inclusive_, &QCheckBox::toggled, this, &RangeFilter::emitChanged);
  connect(syntax_, &QComboBox::activated, this, &RangeFilter::emitChanged);
  connect(value_syntax_, &QComboBox::activated, this, &RangeFilter::emitChanged);
  connect(hide_expired_, &QCheckBox::toggled, this, &RangeFilter::emitChanged);
  connect(clear_, &QToolButton::clicked, this, &RangeFilter::clear);
  // Escape in any field of the bar clears the filter.
  auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &RangeFilter::clear);
  escape->setContext(Qt::WidgetWithChildrenShortcut);
}

void RangeFilter::focusPattern() {
  pattern_->setFocus(Qt::ShortcutFocusReason);
  pattern_->selectAll();
}

void RangeFilter::focusValue() {
  value_->setFocus(Qt::ShortcutFocusReason);
  value_->selectAll();
}

RangeFilter::Filter RangeFilter::filter() const {
  Filter f;
  f.prefix = prefix_->text().toUtf8();
  if (!from_->text().isEmpty()) f.from = KeyBound{from_->text().toUtf8(), from_inclusive_->isChecked()};
  if (!to_->text().isEmpty()) f.to = KeyBound{to_->text().toUtf8(), to_inclusive_->isChecked()};
  f.pattern = pattern_->text();
  f.syntax = KeyScope::Syntax(syntax_->currentData().toInt());
  f.hideExpired = hide_expired_->isChecked();
  f.valueQuery = value_->text();
  f.valueSyntax = KeyScope::ValueSyntax(value_syntax_->currentData().toInt());
  return f;
}

KeyScope RangeFilter::apply(KeyScope scope, const Filter& filter) {
  scope.filterPrefix = filter.prefix;
  scope.from = filter.from;
  scope.to = filter.to;
  scope.pattern = filter.pattern;
  scope.syntax = filter.syntax;
  scope.hideExpired = filter.hideExpired;
  scope.valueQuery = filter.valueQuery;
  scope.valueSyntax = filter.valueSyntax;
  return scope;
}

void RangeFilter::setStatus(const QString& text) { status_->setText(text); }

void RangeFilter::clear() {
  for (QLineEdit* e : {prefix_, from_, to_, pattern_, value_}) e->clear();
  emitChanged();
}

void RangeFilter::emitChanged() {
  typing_->stop();
  const Filter f = filter();
  if (f.syntax == KeyScope::Syntax::Regex && !f.pattern.isEmpty()) {
    const QRegularExpression re(f.pattern);
    if (!re.isValid()) {
      problem_->setText(tr("Not a valid regular expression: %1").arg(re.errorString()));
      problem_->show();
      status_->clear();
      Q_EMIT invalid(problem_->text());
      return;
    }
  }
  if (const QString why = valueQueryProblem(apply({}, f)); !why.isEmpty()) {
    problem_->setText(f.valueSyntax == KeyScope::ValueSyntax::Regex ? tr("Not a valid regular expression: %1").arg(why)
                                                                    : tr("Not hex bytes: %1").arg(why));
    problem_->show();
    status_->clear();
    Q_EMIT invalid(problem_->text());
    return;
  }
  problem_->hide();
  Q_EMIT changed(f);
}

}  // namespace browser
