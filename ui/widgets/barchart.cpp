#include "barchart.hpp"

#include <QPainter>
#include <algorithm>

namespace browser {

BarChart::BarChart(const QString& title, QWidget* parent) : QWidget(parent), title_(title) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BarChart::setBars(std::vector<Bar> bars, std::function<QString(double)> format) {
  bars_ = std::move(bars);
  format_ = std::move(format);
  setMinimumHeight(sizeHint().height());
  updateGeometry();
  update();
}

QSize BarChart::sizeHint() const {
  const int line = fontMetrics().height() + 6;
  return {360, line * (int(bars_.size()) + 1) + 8};
}

void BarChart::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  const QPalette pal = palette();
  const int line = fontMetrics().height() + 6;
  QFont bold = font();
  bold.setBold(true);
  p.setFont(bold);
  p.setPen(pal.color(QPalette::WindowText));
  p.drawText(QRect(0, 0, width(), line), Qt::AlignLeft | Qt::AlignVCenter, title_);
  p.setFont(font());
  int labelWidth = 0, valueWidth = 0;
  double max = 0;
  for (const Bar& b : bars_) {
    labelWidth = std::max(labelWidth, fontMetrics().horizontalAdvance(b.label));
    valueWidth = std::max(valueWidth, fontMetrics().horizontalAdvance(format_ ? format_(b.value) : QString()));
    max = std::max(max, b.value);
  }
  const int barLeft = labelWidth + 10;
  const int barSpace = std::max(10, width() - barLeft - valueWidth - 12);
  QColor fill = pal.color(QPalette::Highlight);
  int y = line;
  for (const Bar& b : bars_) {
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(0, y, labelWidth, line), Qt::AlignRight | Qt::AlignVCenter, b.label);
    const int w = max > 0 ? int(barSpace * (b.value / max)) : 0;
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(barLeft, y + 3, std::max(w, b.value > 0 ? 2 : 0), line - 6), 2, 2);
    p.setPen(pal.color(QPalette::WindowText));
    if (format_)
      p.drawText(QRect(barLeft + w + 6, y, valueWidth + 6, line), Qt::AlignLeft | Qt::AlignVCenter, format_(b.value));
    y += line;
  }
}

}  // namespace browser
