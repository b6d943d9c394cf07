// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 8: the English versions of recorded texts and the testimony's publication are stored,
// verified against the audit log and carried by a merge like every other column.
#include "merge/merger.h"
#include "store/casefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Testigo;

TEST(BilingualStore, englishVersionsAndPublication_roundTripVerifyAndMerge)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.testigo")),
                  b = dir.filePath(QStringLiteral("b.testigo"));
    QString stageId, findingId, procedureId;
    {
        auto f = CaseFile::create(a).file;
        ASSERT_TRUE(f);
        Procedure p;
        p.title = QStringLiteral("Adquisición de vacunas");
        ASSERT_TRUE(f->insert(p));
        procedureId = p.id;
        Stage s;
        s.procedureId = p.id;
        s.kind = QStringLiteral("opening");
        s.notes = QStringLiteral("Se abrieron las proposiciones.");
        ASSERT_TRUE(f->insert(s));
        stageId = s.id;
        Finding fi;
        fi.procedureId = p.id;
        fi.description = QStringLiteral("El acta no se publicó.");
        ASSERT_TRUE(f->insert(fi));
        findingId = fi.id;
    }
    ASSERT_TRUE(QFile::copy(a, b));
    {
        auto f = CaseFile::open(b).file;
        ASSERT_TRUE(f);
        f->setAuthor(QStringLiteral("beto"));
        ASSERT_TRUE(f->setField(QStringLiteral("stage"), stageId, QStringLiteral("notes_en"),
            QStringLiteral("The proposals were opened.")));
        ASSERT_TRUE(f->setField(QStringLiteral("finding"), findingId, QStringLiteral("description_en"),
            QStringLiteral("The minutes were not published.")));
        ASSERT_TRUE(f->setField(QStringLiteral("procedure"), procedureId, QStringLiteral("title_en"),
            QStringLiteral("Purchase of vaccines")));
        ASSERT_TRUE(f->setField(
            QStringLiteral("procedure"), procedureId, QStringLiteral("publication_date"), QDate(2025, 5, 8)));
        EXPECT_TRUE(f->verify().ok());
    }
    auto target = CaseFile::open(a).file;
    auto source = CaseFile::open(b, true).file;
    QString error;
    (void)Merge::mergeFrom(*target, *source, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(target->get<Stage>(stageId)->notesEn, QStringLiteral("The proposals were opened."));
    EXPECT_EQ(target->get<Stage>(stageId)->notes, QStringLiteral("Se abrieron las proposiciones."));
    EXPECT_EQ(
        target->get<Finding>(findingId)->descriptionEn, QStringLiteral("The minutes were not published."));
    EXPECT_EQ(target->get<Procedure>(procedureId)->titleEn, QStringLiteral("Purchase of vaccines"));
    EXPECT_EQ(target->get<Procedure>(procedureId)->publicationDate, QDate(2025, 5, 8));
    const VerifyResult v = target->verify();
    for (const auto &problem : v.problems)
        ADD_FAILURE() << problem.message.toStdString();
    EXPECT_TRUE(Merge::bringsNothing(*target, *source)); // merging again writes nothing
}
