// SPDX-License-Identifier: GPL-3.0-or-later
// RFC validation: what a user types for a bidder is accepted or refused as the SAT format says.
#include "domain/rfc.h"

#include <gtest/gtest.h>

using namespace Testigo;

TEST(Rfc, personaMoral_twelveCharacters)
{
    EXPECT_EQ(classifyRfc(QStringLiteral("ABC010203XY1")), RfcKind::PersonaMoral);
    EXPECT_EQ(classifyRfc(QStringLiteral("GFI9912319A3")), RfcKind::PersonaMoral);
}

TEST(Rfc, personaFisica_thirteenCharacters)
{
    EXPECT_EQ(classifyRfc(QStringLiteral("PEGJ800101AB1")), RfcKind::PersonaFisica);
    EXPECT_EQ(classifyRfc(QStringLiteral("LOMA840229QWA")), RfcKind::PersonaFisica) << "homoclave may end in A";
}

TEST(Rfc, enyeAndAmpersand_areLetters)
{
    EXPECT_EQ(classifyRfc(QStringLiteral("ÑAB010203XY1")), RfcKind::PersonaMoral);
    EXPECT_EQ(classifyRfc(QStringLiteral("A&B010203XY1")), RfcKind::PersonaMoral);
    EXPECT_EQ(classifyRfc(QStringLiteral("MUÑO750505H12")), RfcKind::PersonaFisica);
    EXPECT_EQ(classifyRfc(QStringLiteral("muño750505h12")), RfcKind::PersonaFisica) << "lowercase ñ too";
}

TEST(Rfc, lowercaseSpacesAndHyphens_areNormalised)
{
    EXPECT_EQ(normalizedRfc(QStringLiteral("abc-010203-xy1")), QStringLiteral("ABC010203XY1"));
    EXPECT_EQ(normalizedRfc(QStringLiteral(" pegj 800101 ab1 ")), QStringLiteral("PEGJ800101AB1"));
    EXPECT_TRUE(isValidRfc(QStringLiteral("abc-010203-xy1")));
    EXPECT_TRUE(isValidRfc(QStringLiteral("PEGJ-800101-AB1")));
}

TEST(Rfc, impossibleDates_areRefused)
{
    EXPECT_FALSE(isValidRfc(QStringLiteral("ABC011303XY1"))) << "month 13";
    EXPECT_FALSE(isValidRfc(QStringLiteral("ABC010230XY1"))) << "30 February";
    EXPECT_FALSE(isValidRfc(QStringLiteral("ABC010200XY1"))) << "day 0";
    EXPECT_FALSE(isValidRfc(QStringLiteral("PEGJ800431AB1"))) << "31 April";
    EXPECT_TRUE(isValidRfc(QStringLiteral("ABC000229XY1"))) << "29 February 2000 exists";
    EXPECT_FALSE(isValidRfc(QStringLiteral("ABC010229XY1"))) << "29 February 2001 and 1901 do not";
}

TEST(Rfc, wrongShapes_areRefused)
{
    for (const char *bad : {"", "AB010203XY1", "ABCDE010203XY1", "ABC010203XY", "ABC010203XY12",
                            "1BC010203XY1", "ABC0102O3XY1", "ABC010203XYB", "ABC010203X-Y1Z"})
        EXPECT_EQ(classifyRfc(QString::fromLatin1(bad)), RfcKind::Invalid) << bad;
    EXPECT_EQ(classifyRfc(QStringLiteral("ÁBC010203XY1")), RfcKind::Invalid) << "accented vowels are not RFC letters";
}
