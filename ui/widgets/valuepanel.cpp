#include "valuepanel.hpp"

#include <QAction>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QSvgRenderer>
#include <QVBoxLayout>

#include "core/structuredvalue.hpp"
#include "core/valueformat.hpp"
#include "structuredview.hpp"
#include "valuefindbar.hpp"
#include "valueview.hpp"

namespace browser {

namespace {

qsizetype longestLine(const QString& text) {
  qsizetype longest = 0, start = 0;
  for (qsizetype i = text.indexOf(QLatin1Char('\n')); i >= 0; i = text.indexOf(QLatin1Char('\n'), start)) {
    longest = std::max(longest, i - start);
    start = i + 1;
  }
  return std::max(longest, text.size() - start);
}

KSyntaxHighlighting::Repository& repository() {
  static KSyntaxHighlighting::Repository repo;
  return repo;
}

// The syntax for a value shown as text: from its content, else from the key's
// name (`deploy.yaml`, `README.md`), else none.
KSyntaxHighlighting::Definition autoDefinition(ContentKind kind, const QByteArray& key) {
  auto& repo = repository();
  switch (kind) {
    case ContentKind::Json: return repo.definitionForName(QStringLiteral("JSON"));
    case ContentKind::Xml:
    case ContentKind::Svg: return repo.definitionForName(QStringLiteral("XML"));
    case ContentKind::Html: return repo.definitionForName(QStringLiteral("HTML"));
    default: break;
  }
  const QString name = QString::fromUtf8(key);
  if (name.contains(QLatin1Char('.'))) return repo.definitionForFileName(name);
  return {};
}

QImage imageOf(const QByteArray& value, ContentKind kind) {
  if (kind == ContentKind::Svg) {
    QSvgRenderer svg(value);
    if (!svg.isValid()) return {};
    QSize size = svg.defaultSize();
    if (size.isEmpty()) size = QSize(256, 256);
    size.scale(std::max(size.width(), 256), std::max(size.height(), 256), Qt::KeepAspectRatio);
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    svg.render(&p);
    return img;
  }
  return QImage::fromData(value);
}

}  // namespace

ValuePanel::ValuePanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("valuePanel"));
  title_ = new QLabel(this);
  title_->setObjectName(QStringLiteral("valueTitle"));
  title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  title_->setWordWrap(true);

  mode_box_ = new QComboBox(this);
  mode_box_->setObjectName(QStringLiteral("viewMode"));
  mode_box_->addItem(tr("Auto"), int(Mode::Auto));
  mode_box_->addItem(tr("Text"), int(Mode::Text));
  mode_box_->addItem(tr("JSON"), int(Mode::Json));
  mode_box_->addItem(tr("Hex"), int(Mode::Hex));
  mode_box_->addItem(tr("Base64"), int(Mode::Base64));
  mode_box_->addItem(tr("Image"), int(Mode::Image));
  mode_box_->addItem(tr("CBOR / MessagePack"), int(Mode::Structured));
  mode_box_->setToolTip(tr("How the value is shown"));

  syntax_box_ = new QComboBox(this);
  syntax_box_->setObjectName(QStringLiteral("syntaxCombo"));
  syntax_box_->addItem(tr("Auto"), QString());
  auto defs = repository().definitions();
  std::sort(defs.begin(), defs.end(), [](const auto& a, const auto& b) {
    return a.translatedName().compare(b.translatedName(), Qt::CaseInsensitive) < 0;
  });
  for (const auto& d : defs)
    if (!d.isHidden()) syntax_box_->addItem(d.translatedName(), d.name());
  syntax_box_->setToolTip(tr("Syntax highlighting for text"));
  // Hundreds of definitions, some with long names: do not size to the longest.
  syntax_box_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  syntax_box_->setMinimumContentsLength(10);

  wrap_ = new QCheckBox(tr("Wrap"), this);
  wrap_->setChecked(true);
  save_ = new QPushButton(tr("Apply"), this);
  save_->setObjectName(QStringLiteral("saveValue"));
  save_->setToolTip(tr("Stage this value; Write Changes saves it to the file (Ctrl+Return)"));
  auto* apply = new QAction(this);  // Ctrl+Return anywhere in the panel, the editor included
  apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
  apply->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  connect(apply, &QAction::triggered, this, [this] {
    if (save_->isEnabled()) save();
  });
  addAction(apply);
  discard_ = new QPushButton(tr("Discard"), this);
  discard_->setObjectName(QStringLiteral("discardValue"));

  editor_ = new QPlainTextEdit(this);
  editor_->setObjectName(QStringLiteral("valueEditor"));
  editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  highlighter_ = new KSyntaxHighlighting::SyntaxHighlighter(editor_->document());

  image_ = new QLabel(this);
  image_->setObjectName(QStringLiteral("valueImage"));
  image_->setAlignment(Qt::AlignCenter);
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(image_);
  scroll->setWidgetResizable(true);

  stack_ = new QStackedWidget(this);
  stack_->addWidget(editor_);
  stack_->addWidget(scroll);
  // No record: the reason, where the value would be, and no empty editor.
  placeholder_ = new QLabel(this);
  placeholder_->setObjectName(QStringLiteral("valuePlaceholder"));
  placeholder_->setAlignment(Qt::AlignCenter);
  placeholder_->setWordWrap(true);
  placeholder_->setForegroundRole(QPalette::PlaceholderText);
  stack_->addWidget(placeholder_);
  // Values too large to edit: shown page by page, never as one text.
  view_ = new ValueView(this);
  stack_->addWidget(view_);
  // CBOR and MessagePack: a tree and the JSON that edits it.
  structured_ = new StructuredView(this);
  stack_->addWidget(structured_);
  connect(structured_, &StructuredView::modificationChanged, this, [this] { updateButtons(); });
  connect(view_, &ValueView::pageWanted, this, [this](quint64 generation, qint64 offset, int length) {
    Q_EMIT pageWanted(ns_, key_, generation, offset, length);
  });
  go_to_ = new QLineEdit(this);
  go_to_->setObjectName(QStringLiteral("goToOffset"));
  go_to_->setPlaceholderText(tr("Go to offset"));
  go_to_->setToolTip(tr("A byte offset: decimal, or hex with 0x"));
  go_to_->setClearButtonEnabled(true);
  find_bar_ = new ValueFindBar(view_, this);
  find_bar_->addShortcutsTo(this);
  connect(find_bar_, &ValueFindBar::searchRequested, this,
          [this](const QByteArray& needle, qint64 from, SearchDirection direction) {
            Q_EMIT findRequested(ns_, key_, needle, from, direction);
          });
  connect(find_bar_, &ValueFindBar::message, this, &ValuePanel::setNote);
  connect(view_, &ValueView::findWanted, find_bar_, &ValueFindBar::focusFind);
  connect(view_, &ValueView::refused, this, &ValuePanel::setNote);
  // The hex view's cursor, selection and editing mode, under it.
  edit_status_ = new QLabel(this);
  edit_status_->setObjectName(QStringLiteral("hexStatus"));
  connect(view_, &ValueView::statusChanged, this, &ValuePanel::updateButtons);
  position_ = new QLabel(this);
  position_->setObjectName(QStringLiteral("valuePosition"));
  save_file_ = new QPushButton(tr("Save to File…"), this);
  save_file_->setObjectName(QStringLiteral("saveValueToFile"));
  save_file_->setToolTip(tr("Write the whole value to a file, as it is stored"));
  connect(save_file_, &QPushButton::clicked, this, [this] {
    if (has_record_) Q_EMIT saveToFileRequested(ns_, key_);
  });
  replace_file_ = new QPushButton(tr("Replace from File…"), this);
  replace_file_->setObjectName(QStringLiteral("replaceValueFromFile"));
  replace_file_->setToolTip(tr("Stage a file's bytes as the new value, read when the changes are written"));
  connect(replace_file_, &QPushButton::clicked, this, [this] {
    if (has_record_ && writable_) Q_EMIT replaceFromFileRequested(ns_, key_);
  });
  connect(view_, &ValueView::patchesChanged, this, [this] { updateButtons(); });
  connect(go_to_, &QLineEdit::returnPressed, this, [this] {
    const QString t = go_to_->text().trimmed();
    bool ok = false;
    const qint64 at = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? t.mid(2).toLongLong(&ok, 16)
                                                                             : t.toLongLong(&ok, 10);
    if (ok && at >= 0 && at < full_size_)
      view_->goToOffset(at);
    else
      setNote(tr("Not an offset within the value: 0 to %L1 (or 0x…).").arg(std::max<qint64>(0, full_size_ - 1)));
  });
  connect(view_, &ValueView::shown, this, [this](qint64 top) {
    position_->setText(tr("Offset %L1 of %L2").arg(top).arg(full_size_));
  });

  note_ = new QLabel(this);
  note_->setObjectName(QStringLiteral("valueNote"));
  note_->setWordWrap(true);

  auto* bar = new QHBoxLayout;
  bar->addWidget(mode_box_);
  bar->addWidget(syntax_box_, 1);
  bar->addWidget(wrap_);
  bar->addStretch();
  bar->addWidget(discard_);
  bar->addWidget(save_);
  // Under the view's bar: the value's file actions; for paged values, where
  // it is and a way to get elsewhere in it.
  big_bar_ = new QWidget(this);
  auto* big = new QVBoxLayout(big_bar_);
  big->setContentsMargins(0, 0, 0, 0);
  auto* files = new QHBoxLayout;
  files->addWidget(save_file_);
  files->addWidget(replace_file_);
  files->addStretch();
  files->addWidget(position_);
  auto* moves = new QHBoxLayout;
  moves->addWidget(go_to_, 1);
  moves->addWidget(find_bar_, 2);
  big->addLayout(files);
  big->addLayout(moves);
  big_bar_->hide();
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addLayout(bar);
  layout->addWidget(big_bar_);
  layout->addWidget(stack_, 1);
  layout->addWidget(edit_status_);
  layout->addWidget(note_);

  connect(mode_box_, &QComboBox::activated, this, [this](int i) { setMode(Mode(mode_box_->itemData(i).toInt())); });
  connect(syntax_box_, &QComboBox::activated, this, [this] { render(); });
  connect(wrap_, &QCheckBox::toggled, this,
          [this](bool on) { editor_->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap); });
  connect(editor_, &QPlainTextEdit::modificationChanged, this, [this] { updateButtons(); });
  connect(save_, &QPushButton::clicked, this, &ValuePanel::save);
  connect(discard_, &QPushButton::clicked, this, [this] {
    if (view_->hasEdits())
      view_->clearEdits();
    else
      render();
  });
  applyTheme();
  showMessage(tr("Select a record to see its value."));
}

ValuePanel::~ValuePanel() = default;

void ValuePanel::showRecord(const QByteArray& ns, const QByteArray& key, const QByteArray& value, qint64 fullSize,
                            qint64 expiresAt, bool readOnly, std::optional<PreparedValue> prepared) {
  // The same bytes again (an edit was staged, the view refreshed): only the
  // facts change, and the editor keeps its cursor and scroll position.
  const bool same = has_record_ && ns == ns_ && key == key_ && value == value_ && fullSize == full_size_ &&
                    !isModified() && (readOnly || fullSize > value.size()) == read_only_;
  ns_ = ns;
  key_ = key;
  value_ = value;
  prepared_ = std::move(prepared);
  full_size_ = fullSize;
  expires_at_ = expiresAt;
  read_only_ = readOnly || fullSize > value.size();
  writable_ = !readOnly;
  has_record_ = true;
  QString title = QStringLiteral("<b>%1</b>").arg(keyDisplay(key).toHtmlEscaped());
  QStringList facts;
  facts << (ns.isEmpty() ? tr("default namespace") : tr("namespace %1").arg(keyDisplay(ns).toHtmlEscaped()));
  facts << sizeDisplay(fullSize);
  if (expiresAt > 0)
    facts << tr("expires %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(expiresAt), QLocale::ShortFormat));
  title_->setText(title + QStringLiteral("<br><small>") + facts.join(QStringLiteral(" · ")) +
                  QStringLiteral("</small>"));
  big_ = fullSize > value.size();
  big_bar_->show();
  go_to_->setVisible(big_);
  find_bar_->setVisible(big_);
  position_->setVisible(big_);
  replace_file_->setEnabled(writable_);
  if (big_) {
    showLarge();
    return;
  }
  if (!same) render();
}

bool ValuePanel::isPaged() const { return has_record_ && stack_->currentWidget() == view_; }

void ValuePanel::showPaged(bool text) {
  // What came with the record goes to the view; the view asks for the rest
  // (of a truncated value) a page at a time, as it is scrolled to.
  editable_ = false;
  editor_->setPlainText(QString());
  editor_->setReadOnly(true);
  highlighter_->setDefinition({});
  // The same value shown again (an edit of it was staged): the same place.
  const bool again = stack_->currentWidget() == view_ && view_->size() == full_size_ && shown_ns_ == ns_ &&
                     shown_key_ == key_;
  const qint64 top = again ? view_->topOffset() : 0;
  const qint64 cursor = again ? view_->cursorOffset() : 0;
  shown_ns_ = ns_;
  shown_key_ = key_;
  view_generation_ = view_->reset(full_size_);
  const bool whole = value_.size() == full_size_;
  const qsizetype pages = whole ? value_.size() : value_.size() - value_.size() % ValueView::kPageSize;
  for (qsizetype at = 0; at < pages; at += ValueView::kPageSize)
    view_->supplyPage(view_generation_, at, value_.mid(at, ValueView::kPageSize));
  view_->setMode(text ? ValueView::Mode::Text : ValueView::Mode::Hex);
  view_->setEditable(writable_ && !text);
  view_->goToOffset(top);
  if (again) view_->setCursorOffset(cursor);
  effective_ = text ? Mode::Text : Mode::Hex;
  stack_->setCurrentWidget(view_);
  big_bar_->show();
  go_to_->show();
  find_bar_->show();
  find_bar_->setHeldWhole(whole);
  view_->setResizable(whole && writable_ && !text);
  position_->show();
  position_->setText(tr("Offset %L1 of %L2").arg(top).arg(full_size_));
  updateButtons();
}

void ValuePanel::showLarge() {
  showPaged(mode_ == Mode::Text || mode_ == Mode::Json ||
            (mode_ == Mode::Auto &&
             (prepared_ ? prepared_->kind : detectContent(value_.left(ValueView::kPageSize))) != ContentKind::Binary));
  if (writable_)
    setNote(tr("%1 is too large for the text editor (up to %2): it is shown page by page. In Hex, type over "
               "bytes to change them; Replace from File takes a whole new value; Save to File takes it elsewhere.")
                .arg(sizeDisplay(full_size_), sizeDisplay(kEditLimit)));
  else
    setNote(tr("%1 is too large to edit here (up to %2): it is shown page by page, as text or hex. Save it to a "
               "file to work on it elsewhere.")
                .arg(sizeDisplay(full_size_), sizeDisplay(kEditLimit)));
  updateButtons();
}

void ValuePanel::supplyPage(const QByteArray& ns, const QByteArray& key, quint64 generation, qint64 offset,
                            const QByteArray& bytes) {
  if (big_ && ns == ns_ && key == key_) view_->supplyPage(generation, offset, bytes);
}

void ValuePanel::showFound(const QByteArray& ns, const QByteArray& key, const QByteArray& needle,
                           std::optional<qint64> at) {
  if (!isPaged() || ns != ns_ || key != key_) return find_bar_->searchDropped();
  find_bar_->showFound(needle, at);
}

void ValuePanel::showMessage(const QString& text) {
  has_record_ = false;
  ns_.clear();
  key_.clear();
  value_.clear();
  prepared_.reset();
  title_->setText(QString());
  highlighter_->setDefinition({});
  editor_->setPlainText(QString());
  editor_->setReadOnly(true);
  structured_->clear();
  placeholder_->setText(text);
  stack_->setCurrentWidget(placeholder_);
  big_ = false;
  big_bar_->hide();
  shown_ns_.clear();
  shown_key_.clear();
  view_->reset(0);  // no pages of the last value stay
  setNote(QString());
  editable_ = false;
  updateButtons();
}

void ValuePanel::setMode(Mode mode) {
  if (has_record_ && isModified() && (stack_->currentWidget() == editor_ || stack_->currentWidget() == structured_)) {
    // Carry the edit over to the new view, or stay if it does not parse.
    QString error;
    auto edited = editedValue(&error);
    if (!edited) {
      mode_box_->setCurrentIndex(mode_box_->findData(int(mode_)));
      setNote(error);
      return;
    }
    value_ = *edited;
    prepared_.reset();
  }
  mode_ = mode;
  mode_box_->setCurrentIndex(mode_box_->findData(int(mode)));
  if (has_record_ && big_) {
    view_->setMode(mode == Mode::Hex || mode == Mode::Base64 || mode == Mode::Image ? ValueView::Mode::Hex
                                                                                      : ValueView::Mode::Text);
    effective_ = view_->mode() == ValueView::Mode::Hex ? Mode::Hex : Mode::Text;
    view_->setEditable(writable_ && effective_ == Mode::Hex);
  } else if (has_record_) {
    render();
  }
  Q_EMIT modeChanged(mode);
}

void ValuePanel::setSyntax(const QString& definitionName) {
  const int i = syntax_box_->findData(definitionName);
  syntax_box_->setCurrentIndex(i < 0 ? 0 : i);
  if (has_record_) render();
}

QString ValuePanel::syntaxName() const { return highlighter_->definition().name(); }

bool ValuePanel::isModified() const {
  if (has_record_ && stack_->currentWidget() == structured_) return structured_->isModified();
  return has_record_ && ((editable_ && editor_->document()->isModified()) || view_->hasEdits());
}

std::optional<QByteArray> ValuePanel::editedValue(QString* error) const {
  if (view_->editedBytes()) return view_->editedBytes();
  if (!view_->patches().empty()) {
    if (value_.size() != full_size_) {
      if (error) *error = tr("Only part of this value is held here: Apply stages the bytes typed over.");
      return std::nullopt;
    }
    QByteArray patched = value_;
    for (const auto& [at, byte] : view_->patches()) patched[at] = byte;
    return patched;
  }
  if (stack_->currentWidget() == structured_)
    return structured_->isModified() ? structured_->editedValue(error) : value_;
  if (!editable_ || !editor_->document()->isModified()) return value_;
  const QString text = editor_->toPlainText();
  switch (effective_) {
    case Mode::Hex:
      if (auto b = fromHex(text)) return b;
      if (error) *error = tr("This is not hex: pairs of digits 0-9 and a-f, with spaces or lines between them.");
      return std::nullopt;
    case Mode::Base64:
      if (auto b = fromBase64(text)) return b;
      if (error) *error = tr("This is not valid Base64.");
      return std::nullopt;
    default: return text.toUtf8();
  }
}

void ValuePanel::render() {
  if (!has_record_ || big_) return;
  const ContentKind kind = prepared_ ? prepared_->kind : detectContent(value_);
  // Values held here are at most kEditLimit: decoded on the spot.
  std::optional<StructuredValue> decoded;
  if (mode_ == Mode::Structured || (mode_ == Mode::Auto && kind == ContentKind::Binary))
    decoded = decodeStructured(value_);
  Mode m = mode_;
  if (m == Mode::Auto) {
    m = isImage(kind) && kind != ContentKind::Svg ? Mode::Image
        : decoded                                 ? Mode::Structured
        : kind == ContentKind::Binary             ? Mode::Hex
        : kind == ContentKind::Json               ? Mode::Json
                                                  : Mode::Text;
  }
  effective_ = m;
  big_bar_->show();  // Save to File and Replace from File; offsets only for paged values
  go_to_->hide();
  find_bar_->hide();
  position_->hide();
  QString note;
  editable_ = !read_only_;
  KSyntaxHighlighting::Definition def;
  const QString chosen = syntax_box_->currentData().toString();
  editor_->setLineWrapMode(wrap_->isChecked() ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);

  if (m == Mode::Image) {
    const QImage img = imageOf(value_, kind);
    if (!img.isNull()) {
      image_->setPixmap(QPixmap::fromImage(img));
      stack_->setCurrentIndex(1);
      editable_ = false;
      setNote(tr("%1 × %2 pixels").arg(img.width()).arg(img.height()));
      updateButtons();
      return;
    }
    note = tr("Not an image this view can show (PNG, JPEG or SVG): shown in hex.");
    m = effective_ = Mode::Hex;
  }
  if (m == Mode::Structured && decoded) {
    editable_ = false;
    editor_->setPlainText(QString());
    structured_->setValue(std::move(*decoded), read_only_);
    stack_->setCurrentWidget(structured_);
    setNote(read_only_ ? tr("Read-only.") : QString());
    updateButtons();
    return;
  }
  if (m == Mode::Structured) {
    note = tr("Neither CBOR nor MessagePack (a map or an array that encodes back to its bytes): shown in hex.");
    m = effective_ = Mode::Hex;
  }
  if (m == Mode::Hex) {  // the hex editor, the whole value held
    showPaged(false);
    setNote(!note.isEmpty() ? note
            : read_only_    ? tr("Read-only.")
                            : tr("Type hex digits over bytes; Insert switches to inserting them (Delete and Backspace "
                                 "remove bytes). Shift selects, Ctrl+C copies, Ctrl+F finds."));
    return;
  }
  stack_->setCurrentIndex(0);
  QString text;
  switch (m) {
    case Mode::Json:
      if (auto pretty = prepared_ && prepared_->prettyJson ? prepared_->prettyJson : prettyJson(value_)) {
        text = *pretty;
        def = repository().definitionForName(QStringLiteral("JSON"));
      } else {
        note = tr("Not valid JSON: shown as text.");
        text = QString::fromUtf8(value_);
      }
      break;
    case Mode::Base64:
      text = toBase64(value_);
      for (qsizetype at = 76; at < text.size(); at += 77) text.insert(at, QLatin1Char('\n'));  // MIME lines
      break;
    default:
      text = QString::fromUtf8(value_);
      def = autoDefinition(kind, key_);
      if (!isUtf8(value_)) {
        editable_ = false;
        note = tr("Not valid UTF-8: shown with replacement characters. Edit it in Hex or Base64.");
      }
      break;
  }
  if (text.size() > kEditorChars) {
    // The editor's layout grows with the text: hex of 128 KiB (420,000
    // characters) stalls the window for a tenth of a second.
    showPaged(m != Mode::Hex && m != Mode::Base64);
    setNote(tr("In this view the value is %L1 characters, more than the editor takes (%L2): shown read-only, "
               "page by page.")
                .arg(text.size())
                .arg(kEditorChars));
    return;
  }
  if (qsizetype longest = longestLine(text); longest > kLongLine) {
    // The editor lays out a line at a cost that grows with the square of its
    // length (a minute for a line of a megabyte): the paged view instead.
    showPaged(true);
    setNote(tr("This value has a line of %L1 characters, more than the editor takes (%L2): shown read-only, "
               "page by page. Edit it in Hex or Base64.")
                .arg(longest)
                .arg(kLongLine));
    return;
  }
  if (!chosen.isEmpty() && (m == Mode::Text || m == Mode::Json)) def = repository().definitionForName(chosen);
  if (m == Mode::Hex || m == Mode::Base64) def = {};
  highlighter_->setDefinition(def);
  editor_->setPlainText(text);
  editor_->document()->setModified(false);
  editor_->setReadOnly(!editable_);
  if (note.isEmpty() && full_size_ > value_.size())
    note = tr("Showing the first %1 of %2: too large to edit here.")
               .arg(sizeDisplay(value_.size()), sizeDisplay(full_size_));
  if (note.isEmpty() && read_only_) note = tr("Read-only.");
  setNote(note);
  updateButtons();
}

void ValuePanel::save() {
  if (!isModified()) return;
  if (!view_->patches().empty() && value_.size() != full_size_) {
    const std::map<qint64, char> patches = view_->patches();
    view_->clearEdits();
    Q_EMIT patchRequested(ns_, key_, full_size_, patches);
    return;
  }
  if (view_->hasEdits()) {  // held whole: the edited bytes, whatever their length
    value_ = *editedValue();
    full_size_ = value_.size();
    prepared_.reset();
    showPaged(false);  // the new bytes, where the view was; no edits
    Q_EMIT saveRequested(ns_, key_, value_);
    return;
  }
  QString error;
  auto edited = editedValue(&error);
  if (!edited) {
    setNote(error);
    return;
  }
  value_ = *edited;
  prepared_.reset();
  full_size_ = value_.size();
  editor_->document()->setModified(false);
  if (stack_->currentWidget() == structured_) render();  // the tree of the new value
  // Last: whoever stages the edit shows the record again, now unmodified.
  Q_EMIT saveRequested(ns_, key_, value_);
}

void ValuePanel::applyTheme() {
  const auto theme = repository().themeForPalette(palette());
  highlighter_->setTheme(theme);
  highlighter_->rehighlight();
}

void ValuePanel::updateButtons() {
  const bool modified = isModified();
  save_->setEnabled(modified);
  discard_->setEnabled(modified);
  mode_box_->setEnabled(has_record_);
  syntax_box_->setEnabled(has_record_ && !big_);
  edit_status_->setText(view_->statusText());
  edit_status_->setVisible(isPaged() && !edit_status_->text().isEmpty());
}

void ValuePanel::setNote(const QString& text) {
  note_->setText(text);
  note_->setVisible(!text.isEmpty());
}

void ValuePanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) applyTheme();
  QWidget::changeEvent(event);
}

}  // namespace browser
