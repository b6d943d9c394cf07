// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The testimony's sections (REFERENCE §2), each written into a QTextDocument through DocBuilder.
// Internal to render/: the renderer calls them in order.

#include "domain/doclanguage.h"
#include "render/docbuilder.h"
#include "render/doctext.h"
#include "render/testimonydata.h"

namespace Testigo::Render {

struct SectionContext
{
    const TestimonyData &d;
    const DocLanguage &lang;
    DocBuilder &b;
    int section = 0; // the number of the last top-level section written

    // "N. Title" for the next top-level section (a section with nothing to say is left out).
    QString numbered(const char *source)
    {
        return QString::number(++section) + QStringLiteral(". ") + t(source);
    }

    QString t(const char *source) const { return docText(lang, source); }
    // A "%n" plural, marked QT_TRANSLATE_N_NOOP("Testimony", ...).
    QString tn(const char *source, int n) const { return docText(lang, source, n); }
    QString code(const CodeList &list, const QString &c) const { return docCode(list, c, lang); }
    QString money(const std::optional<Money> &m) const;
    QString date(const QDate &date) const; // long form, "—" when unknown
    QString shortDate(const QDate &date) const; // dd/MM/yyyy, "—" when unknown
    QString number(int n) const { return lang.locale().toString(n); }
    // "León, Gto., 14 de junio de 2003"; without a date, the place and what is missing.
    QString placeAndDate() const;
    QString stageName(const QString &stageId) const;
    QString stageName(const Stage &s) const;
    std::optional<Money> totalBudget() const;
    // "(original en español)" / "(Spanish original)": a recorded text printed in its own language.
    QString originalMark() const;
    // A recorded free text in the document's language; where only the other language's version
    // (the original) is written, that one followed by originalMark(); empty when neither is.
    QString recorded(const QString &es, const QString &en) const;
};

// A narrative section: the text in the document's language, or its original in the other language,
// marked; left out (heading and all) when neither is written.
void narrativeSection(SectionContext &c, const char *title, const QString &html, const QString &original);
// On a draft's cover: "DRAFT" and what is still missing.
void writeDraftNotice(SectionContext &c);

QString documentTitle(const TestimonyData &d, const DocLanguage &lang);

void writeCover(SectionContext &c);
void writeBackground(SectionContext &c);
void writeSummary(SectionContext &c);
void writeChronology(SectionContext &c);
void writeObservations(SectionContext &c);
void writeRecommendations(SectionContext &c);
// chartType/chartSize: the inline chart object registered by the renderer.
void writeEconomics(SectionContext &c, int chartType, const QSizeF &chartSize);
void writeConclusions(SectionContext &c);
void writeSignature(SectionContext &c);
void writeAnnexes(SectionContext &c);

} // namespace Testigo::Render
