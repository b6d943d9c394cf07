// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A case file for the record panels' tests: one procedure with stages, clauses (from the templates
// when instantiateTemplates provides them, else three of each written here), a lot and two bidders.

#include "rules/instantiate.h"
#include "store/session.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <memory>

namespace Testigo::Ui::Test {

struct RecordFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    QUndoStack undo;
    Procedure procedure;
    QList<Stage> stages;
    QList<Clause> clauses;
    Lot lot;
    QList<Bidder> bidders;

    RecordFixture()
    {
        auto created = CaseFile::create(dir.filePath(QStringLiteral("case.testigo")));
        if (!created.file)
            ADD_FAILURE() << created.message.toStdString();
        session = std::make_unique<Session>(std::move(created.file));
        CaseFile &file = session->file();
        // Through maps: unset text columns take the schema's defaults.
        QVariantMap p{{QStringLiteral("number"), QStringLiteral("LA-006000999-E1-2025")},
                      {QStringLiteral("title"), QStringLiteral("Adquisición de equipo médico")},
                      {QStringLiteral("object_kind"), QStringLiteral("goods")},
                      {QStringLiteral("regime"), QStringLiteral("LAASSP-2025")},
                      {QStringLiteral("type"), QStringLiteral("open_tender")}};
        EXPECT_TRUE(file.insertRow(QStringLiteral("procedure"), p)) << file.lastError().toStdString();
        procedure = *file.get<Procedure>(p.value(QStringLiteral("id")).toString());
        EXPECT_TRUE(instantiateTemplates(file, procedure));
        if (file.all<Stage>(QStringLiteral("procedure_id"), procedure.id).isEmpty()) {
            const char *kinds[] = {"call", "clarification", "opening"};
            for (int i = 0; i < 3; ++i) {
                QVariantMap s{{QStringLiteral("procedure_id"), procedure.id},
                              {QStringLiteral("kind"), QLatin1String(kinds[i])}, {QStringLiteral("position"), qint64(i)}};
                EXPECT_TRUE(file.insertRow(QStringLiteral("stage"), s)) << file.lastError().toStdString();
            }
        }
        if (file.all<Clause>(QStringLiteral("procedure_id"), procedure.id).isEmpty()) {
            for (int i = 0; i < 3; ++i) {
                QVariantMap c{{QStringLiteral("procedure_id"), procedure.id},
                              {QStringLiteral("code"), QStringLiteral("A%1").arg(i + 1)},
                              {QStringLiteral("party"), QStringLiteral("authority")}, {QStringLiteral("position"), qint64(i)},
                              {QStringLiteral("text_es"), QStringLiteral("La dependencia se compromete a la cláusula %1.").arg(i + 1)},
                              {QStringLiteral("text_en"), QStringLiteral("The agency commits to clause %1.").arg(i + 1)}};
                EXPECT_TRUE(file.insertRow(QStringLiteral("clause"), c)) << file.lastError().toStdString();
            }
        }
        stages = sorted<Stage>(&Stage::position);
        clauses = sorted<Clause>(&Clause::position);
        QVariantMap l{{QStringLiteral("procedure_id"), procedure.id}, {QStringLiteral("description"), QStringLiteral("Tomógrafos")},
                      {QStringLiteral("budget_cents"), qint64(1000000000)}};
        EXPECT_TRUE(file.insertRow(QStringLiteral("lot"), l)) << file.lastError().toStdString();
        lot = *file.get<Lot>(l.value(QStringLiteral("id")).toString());
        for (const char *name : {"Equipos del Norte, S.A. de C.V.", "Médica Integral, S.A."}) {
            QVariantMap b{{QStringLiteral("procedure_id"), procedure.id}, {QStringLiteral("name"), QString::fromUtf8(name)}};
            EXPECT_TRUE(file.insertRow(QStringLiteral("bidder"), b)) << file.lastError().toStdString();
            bidders << *file.get<Bidder>(b.value(QStringLiteral("id")).toString());
        }
    }

    template<class E>
    QList<E> sorted(int E::*key)
    {
        auto list = session->file().all<E>(QStringLiteral("procedure_id"), procedure.id);
        std::stable_sort(list.begin(), list.end(), [key](const E &a, const E &b) { return a.*key < b.*key; });
        return list;
    }

    qint64 live(const QString &table, const QString &column, const QString &value)
    {
        return session->file().rows(table, column, value).size();
    }
};

} // namespace Testigo::Ui::Test
