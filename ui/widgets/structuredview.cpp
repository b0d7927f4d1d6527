#include "structuredview.hpp"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

#include "models/structuredmodel.hpp"

namespace browser {

StructuredView::StructuredView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("structuredView"));
  model_ = new StructuredModel(this);
  tree_ = new QTreeView(this);
  tree_->setObjectName(QStringLiteral("structuredTree"));
  tree_->setModel(model_);
  tree_->setUniformRowHeights(true);  // arrays of thousands of rows scroll without measuring each
  tree_->setAlternatingRowColors(true);
  tree_->header()->setStretchLastSection(true);

  auto* below = new QWidget(this);
  json_label_ = new QLabel(below);
  json_label_->setObjectName(QStringLiteral("structuredJsonLabel"));
  json_label_->setWordWrap(true);
  json_ = new QPlainTextEdit(below);
  json_->setObjectName(QStringLiteral("structuredJson"));
  json_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  json_->setTabChangesFocus(true);
  auto* belowLayout = new QVBoxLayout(below);
  belowLayout->setContentsMargins(0, 0, 0, 0);
  belowLayout->addWidget(json_label_);
  belowLayout->addWidget(json_, 1);

  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(tree_);
  split->addWidget(below);
  split->setChildrenCollapsible(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split);

  connect(json_, &QPlainTextEdit::modificationChanged, this, [this] { Q_EMIT modificationChanged(); });
}

void StructuredView::setValue(StructuredValue value, bool readOnly) {
  format_ = value.format;
  const auto json = structuredToJson(value, kJsonChars);
  model_->setValue(std::move(value));
  tree_->expand(model_->index(0, 0));
  tree_->resizeColumnToContents(StructuredModel::KeyColumn);
  tree_->resizeColumnToContents(StructuredModel::TypeColumn);
  const QString name = formatName(format_);
  qsizetype longest = 0;
  if (json) {
    for (qsizetype start = 0; start < json->size();) {
      qsizetype end = json->indexOf(QLatin1Char('\n'), start);
      if (end < 0) end = json->size();
      longest = std::max(longest, end - start);
      start = end + 1;
    }
  }
  if (json && longest > kJsonLine) {
    json_->setPlainText(QString());
    json_->setReadOnly(true);
    json_label_->setText(tr("As JSON this %1 value has a line of %L2 characters, more than the editor takes (%L3): "
                            "edit it in Hex or Base64.")
                             .arg(name)
                             .arg(longest)
                             .arg(kJsonLine));
  } else if (json) {
    json_->setPlainText(*json);
    json_->setReadOnly(readOnly);
    json_label_->setText(readOnly ? tr("%1 as JSON:").arg(name)
                                  : tr("%1 as JSON; Apply writes it back as %1 (byte strings are "
                                       "{\"$bytes\": \"Base64\"}):")
                                        .arg(name));
  } else {
    json_->setPlainText(QString());
    json_->setReadOnly(true);
    json_label_->setText(
        tr("This %1 value cannot be edited as JSON: %2 Edit it in Hex or Base64.").arg(name, json.error()));
  }
  json_->document()->setModified(false);
}

void StructuredView::clear() {
  model_->setValue(std::nullopt);
  json_->setPlainText(QString());
  json_->document()->setModified(false);
}

bool StructuredView::isModified() const { return !json_->isReadOnly() && json_->document()->isModified(); }

std::optional<QByteArray> StructuredView::editedValue(QString* error) const {
  auto bytes = structuredFromJson(json_->toPlainText(), format_);
  if (bytes) return *bytes;
  if (error) *error = bytes.error();
  return std::nullopt;
}

}  // namespace browser
