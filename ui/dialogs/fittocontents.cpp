#include "fittocontents.hpp"

#include <QLayout>
#include <QWidget>
#include <algorithm>

namespace browser {

void growToFit(QWidget* dialog) {
  QLayout* layout = dialog->layout();
  if (!layout) return;
  layout->setSizeConstraint(QLayout::SetMinimumSize);
  layout->activate();
  const int width = std::max({dialog->width(), dialog->minimumSizeHint().width(), layout->minimumSize().width()});
  const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : dialog->sizeHint().height();
  if (width > dialog->width() || height > dialog->height())
    dialog->resize(width, std::max(dialog->height(), height));
}

}  // namespace browser
