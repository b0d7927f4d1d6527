#include "versionview.hpp"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

#include "core/valueformat.hpp"

namespace browser {
namespace {

// The bytes as text when they are printable, else as hex, 16 bytes a line.
QString shown(const QByteArray& bytes) { return isPrintableText(bytes) ? QString::fromUtf8(bytes) : toHex(bytes, 16); }

QString titled(const QString& title, const QByteArray& bytes, qint64 size) {
  if (bytes.size() >= size) return QStringLiteral("%1 (%2)").arg(title, sizeDisplay(size));
  return VersionView::tr("%1 (the first %2 of %3)").arg(title, sizeDisplay(bytes.size()), sizeDisplay(size));
}

void markLines(QPlainTextEdit* edit, const QStringList& mine, const QStringList& theirs) {
  QList<QTextEdit::ExtraSelection> marks;
  QColor c(0xf0, 0xad, 0x4e);
  c.setAlpha(90);
  for (qsizetype i = 0; i < mine.size(); ++i) {
    if (i < theirs.size() && mine[i] == theirs[i]) continue;
    QTextEdit::ExtraSelection s;
    s.cursor = QTextCursor(edit->document()->findBlockByNumber(int(i)));
    s.format.setBackground(c);
    s.format.setProperty(QTextFormat::FullWidthSelection, true);
    marks << s;
  }
  edit->setExtraSelections(marks);
}

}  // namespace

VersionView::VersionView(QWidget* parent) : QWidget(parent) {
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("versionSummary"));
  summary_->setWordWrap(true);
  auto make = [this](QLabel*& title, QPlainTextEdit*& edit, const char* name) {
    auto* side = new QWidget(this);
    auto* box = new QVBoxLayout(side);
    box->setContentsMargins(0, 0, 0, 0);
    title = new QLabel(side);
    edit = new QPlainTextEdit(side);
    edit->setObjectName(QLatin1String(name));
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->addWidget(title);
    box->addWidget(edit, 1);
    return side;
  };
  QWidget* left = make(left_title_, left_, "versionLeft");
  right_side_ = make(right_title_, right_, "versionRight");
  auto* sides = new QHBoxLayout;
  sides->addWidget(left, 1);
  sides->addWidget(right_side_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(summary_);
  layout->addLayout(sides, 1);
  clear();
}

void VersionView::showOne(const QString& title, const QByteArray& bytes, qint64 size) {
  right_side_->hide();
  summary_->hide();
  left_title_->setText(titled(title, bytes, size));
  left_->setPlainText(shown(bytes));
  left_->setExtraSelections({});
}

void VersionView::showTwo(const QString& titleA, const QByteArray& a, qint64 sizeA, const QString& titleB,
                          const QByteArray& b, qint64 sizeB) {
  left_title_->setText(titled(titleA, a, sizeA));
  right_title_->setText(titled(titleB, b, sizeB));
  const QString ta = shown(a), tb = shown(b);
  left_->setPlainText(ta);
  right_->setPlainText(tb);
  const QStringList la = ta.split(QLatin1Char('\n')), lb = tb.split(QLatin1Char('\n'));
  markLines(left_, la, lb);
  markLines(right_, lb, la);
  qsizetype at = 0;
  const qsizetype common = std::min(a.size(), b.size());
  while (at < common && a[at] == b[at]) ++at;
  const QLocale l;
  if (sizeA == sizeB && at == common && a.size() == sizeA)
    summary_->setText(tr("The two values are the same (%1).").arg(sizeDisplay(sizeA)));
  else if (at == common && a.size() < sizeA && b.size() < sizeB)
    summary_->setText(tr("The first %1 are the same; the rest is not shown.").arg(sizeDisplay(common)));
  else
    summary_->setText(tr("They first differ at byte %1 (sizes %2 and %3); lines that differ are marked.")
                          .arg(l.toString(qlonglong(at)), sizeDisplay(sizeA), sizeDisplay(sizeB)));
  summary_->show();
  right_side_->show();
}

void VersionView::showMessage(const QString& text) {
  right_side_->hide();
  summary_->setText(text);
  summary_->show();
  left_title_->clear();
  left_->clear();
  left_->setExtraSelections({});
}

void VersionView::clear() {
  right_side_->hide();
  summary_->hide();
  left_title_->clear();
  left_->clear();
  right_->clear();
}

QString VersionView::summary() const { return summary_->isVisibleTo(this) ? summary_->text() : QString(); }
QString VersionView::leftText() const { return left_->toPlainText(); }
QString VersionView::rightText() const { return right_side_->isVisibleTo(this) ? right_->toPlainText() : QString(); }

}  // namespace browser
