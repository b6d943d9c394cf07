// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/testimonyrenderer.h"

#include "domain/doclanguage.h"
#include "render/barchart.h"
#include "render/docpages.h"
#include "render/testimonysections.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>

namespace Testigo::Render {

namespace {
constexpr qreal kCoverTop = 40; // millimetres; the rest of the page geometry is PageGeometry's

BarChartData chartData(const TestimonyData &d, const DocLanguage &lang)
{
    BarChartData c;
    c.title
        = docText(lang, QT_TRANSLATE_NOOP("Testimony", "Budget, reference price and awarded amount per lot"));
    c.unitNote = docText(lang, QT_TRANSLATE_NOOP("Testimony", "Amounts in %1")).arg(d.procedure.currency);
    c.noDataText = docText(lang, QT_TRANSLATE_NOOP("Testimony", "No amounts recorded yet."));
    BarSeries budget {docText(lang, QT_TRANSLATE_NOOP("Testimony", "Budget")), QColor(0x1f, 0x3a, 0x5f), {}};
    BarSeries reference {
        docText(lang, QT_TRANSLATE_NOOP("Testimony", "Reference")), QColor(0x8a, 0xa4, 0xc1), {}};
    BarSeries awarded {
        docText(lang, QT_TRANSLATE_NOOP("Testimony", "Awarded")), QColor(0x2e, 0x8b, 0x57), {}};
    auto cents
        = [](const std::optional<Money> &m) { return m ? std::optional<qint64>(m->cents()) : std::nullopt; };
    const QString lot = docText(lang, QT_TRANSLATE_NOOP("Testimony", "Lot %1"));
    for (const EconomicLot &l : d.economics.lots) {
        c.categories << lot.arg(lang.locale().toString(l.number));
        budget.cents << cents(l.budget);
        reference.cents << cents(l.reference);
        awarded.cents << cents(l.awarded);
    }
    if (c.categories.isEmpty() && (d.economics.budget || d.economics.awarded)) {
        c.categories << docText(lang, QT_TRANSLATE_NOOP("Testimony", "Total"));
        budget.cents << cents(d.economics.budget);
        reference.cents << cents(d.economics.reference);
        awarded.cents << cents(d.economics.awarded);
    }
    c.series = {budget, reference, awarded};
    return c;
}
} // namespace

TestimonyRenderer::TestimonyRenderer(TestimonyData data)
    : m_data(std::move(data))
    , m_lang(std::make_unique<DocLanguage>(m_data.language))
{ }

TestimonyRenderer::~TestimonyRenderer() = default;

QString TestimonyRenderer::title() const
{
    return documentTitle(m_data, *m_lang);
}

QStringList TestimonyRenderer::missingParts() const
{
    return Render::missingParts(m_data, *m_lang);
}

void TestimonyRenderer::layout(QPaintDevice *device, const QSizeF &pagePixels)
{
    m_page = pagePixels;
    laidOutFor(device);
    m_draft = !missingParts().isEmpty();
    m_dpi = device ? device->logicalDpiY() : 72;
    const qreal mm = m_dpi / 25.4;

    m_cover = std::make_unique<QTextDocument>();
    m_cover->documentLayout()->setPaintDevice(device);
    {
        DocBuilder b(*m_cover, m_dpi);
        SectionContext c {m_data, *m_lang, b};
        writeCover(c);
    }
    m_cover->setPageSize(m_page);
    setPageMargins(*m_cover, kCoverTop);

    m_body = std::make_unique<QTextDocument>();
    m_body->documentLayout()->setPaintDevice(device);
    auto *chart = new BarChartObject(chartData(m_data, *m_lang), *m_lang, m_body.get());
    m_body->documentLayout()->registerHandler(BarChartObject::Type, chart);
    {
        DocBuilder b(*m_body, m_dpi);
        SectionContext c {m_data, *m_lang, b};
        writeBackground(c);
        writeSummary(c);
        writeChronology(c);
        writeEvents(c);
        writeObservations(c);
        writeRecommendations(c);
        writeEconomics(c, BarChartObject::Type, QSizeF(PageGeometry::textWidth * mm, 72 * mm));
        writeConclusions(c);
        writeSignature(c);
        writeAnnexes(c);
    }
    m_body->setPageSize(m_page);
    setPageMargins(*m_body);
    keepBlocksOnPages(*m_body);
    (void)m_cover->pageCount(); // lay out now, while the device is alive
    (void)m_body->pageCount();
}

int TestimonyRenderer::pageCount() const
{
    return m_body ? 1 + m_body->pageCount() : 0;
}

void TestimonyRenderer::paintPage(QPainter &painter, int index) const
{
    if (!m_body || index < 0 || index >= pageCount())
        return;
    const QTextDocument &doc = index == 0 ? *m_cover : *m_body;
    const QString draft = docText(*m_lang, QT_TRANSLATE_NOOP("Testimony", "DRAFT"));
    if (m_draft)
        paintWatermark(painter, m_page, draft);
    paintDocumentPage(painter, doc, index == 0 ? 0 : index - 1, m_page);
    PageChrome chrome;
    if (index > 0) {
        chrome.headerLeft = title();
        chrome.headerRight = m_data.procedure.number;
    }
    chrome.footerLeft
        = docText(*m_lang, QT_TRANSLATE_NOOP("Testimony", "Procedure %1 · Record %2 · Printed on %3"))
              .arg(m_data.procedure.number, m_data.shortDigest(), m_lang->shortDate(m_data.printDate));
    if (m_draft)
        chrome.footerLeft = draft + QStringLiteral(" · ") + chrome.footerLeft;
    chrome.footerRight
        = docText(*m_lang, QT_TRANSLATE_NOOP("Testimony", "Page %1 of %2"))
              .arg(m_lang->locale().toString(index + 1), m_lang->locale().toString(pageCount()));
    paintPageChrome(painter, m_page, m_dpi, chrome);
}

} // namespace Testigo::Render
