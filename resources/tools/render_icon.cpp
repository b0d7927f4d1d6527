// render_icon: draws an SVG icon into PNG or ICO files at build time.
//
//   render_icon SVG OUT.png SIZE            one square PNG
//   render_icon SVG OUT.ico SIZE [SIZE...]  a Windows icon holding every size
//
// Any warning from the SVG renderer (an element or attribute it cannot draw)
// is an error, so the icon never silently renders differently from its source.
#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>

namespace {

int warnings = 0;

void onMessage(QtMsgType type, const QMessageLogContext&, const QString& message) {
  if (type != QtDebugMsg && type != QtInfoMsg) ++warnings;
  std::fprintf(stderr, "render_icon: %s\n", qPrintable(message));
}

QImage render(QSvgRenderer& svg, int size) {
  QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::SmoothPixmapTransform);
  svg.render(&painter, QRectF(0, 0, size, size));
  painter.end();
  return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage& image) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return bytes;
}

void put16(QByteArray& out, int v) {
  char b[2];
  qToLittleEndian(static_cast<quint16>(v), b);
  out.append(b, 2);
}

void put32(QByteArray& out, qsizetype v) {
  char b[4];
  qToLittleEndian(static_cast<quint32>(v), b);
  out.append(b, 4);
}

// An ICO file whose images are PNG streams (Windows Vista and later).
QByteArray ico(const QList<QImage>& images) {
  QByteArray out;
  put16(out, 0);  // reserved
  put16(out, 1);  // type: icon
  put16(out, static_cast<int>(images.size()));
  QList<QByteArray> streams;
  qsizetype offset = 6 + 16 * images.size();
  for (const QImage& image : images) {
    streams.append(png(image));
    const int side = image.width() >= 256 ? 0 : image.width();  // 0 means 256
    out.append(static_cast<char>(side));
    out.append(static_cast<char>(side));
    out.append('\0');  // no palette
    out.append('\0');  // reserved
    put16(out, 1);     // colour planes
    put16(out, 32);    // bits per pixel
    put32(out, streams.last().size());
    put32(out, offset);
    offset += streams.last().size();
  }
  for (const QByteArray& s : streams) out.append(s);
  return out;
}

int fail(const char* what, const QString& detail) {
  std::fprintf(stderr, "render_icon: %s %s\n", what, qPrintable(detail));
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  qInstallMessageHandler(onMessage);
  if (argc < 4) {
    std::fprintf(stderr, "usage: render_icon SVG OUT.png SIZE | render_icon SVG OUT.ico SIZE [SIZE...]\n");
    return 2;
  }
  const QString source = QString::fromLocal8Bit(argv[1]);
  const QString target = QString::fromLocal8Bit(argv[2]);
  QList<int> sizes;
  for (int i = 3; i < argc; ++i) {
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
    if (!ok || size < 1 || size > 1024) return fail("bad size", QString::fromLocal8Bit(argv[i]));
    sizes.append(size);
  }
  const bool toIco = target.endsWith(QStringLiteral(".ico"), Qt::CaseInsensitive);
  if (!toIco && sizes.size() != 1) return fail("a PNG takes exactly one size:", target);

  QSvgRenderer svg(source);
  if (!svg.isValid()) return fail("cannot read", source);

  QByteArray bytes;
  if (toIco) {
    QList<QImage> images;
    for (int size : sizes) images.append(render(svg, size));
    bytes = ico(images);
  } else {
    bytes = png(render(svg, sizes.first()));
  }
  if (warnings > 0) return fail("the renderer warned about", source);

  QSaveFile out(target);
  if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
    return fail("cannot write", target);
  return 0;
}
