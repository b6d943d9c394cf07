// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/statuspalette.h"

#include "domain/codes.h"

#include <QGuiApplication>
#include <QPalette>

namespace Testigo::Ui::StatusPalette {

namespace {

// A status hue: `light` is used on a light palette (and is what the screenshots show), `dark` on
// a dark one. Text hues are dark on light and light on dark; tints are pale on light and deep on
// dark, so that palette text stays readable on them either way.
struct Hue
{
    QRgb light;
    QRgb dark;
};

QColor pick(Hue hue)
{
    return QColor::fromRgb(isDark() ? hue.dark : hue.light);
}

// Text on base.
constexpr Hue Red {0xb00020, 0xff6b7f};
constexpr Hue Green {0x1e7a32, 0x6fcf7f};
constexpr Hue DeepGreen {0x1b6e20, 0x7bd88a};
constexpr Hue Amber {0x9a6000, 0xf0b54a};
constexpr Hue Orange {0xa04000, 0xf59a5a};
constexpr Hue Blue {0x1f5fbf, 0x6a9ef0};
constexpr Hue Grey {0x8a8a8a, 0x9a9a9a};
constexpr Hue PaleGrey {0xc8c8c8, 0x5a5a5a};
constexpr Hue SpellingRed {0xff0000, 0xff5c5c};

// Tints behind palette text.
constexpr Hue ClockBreachedTint {0xf8d0d4, 0x5c2a30};
constexpr Hue ClockWarningTint {0xfce8b8, 0x5a4a1e};
constexpr Hue ClockOverdueTint {0xfcd8b0, 0x5e3c1c};
constexpr Hue ClockOkTint {0xd4eed8, 0x274a2e};
constexpr Hue GreenTint {0xd8f0d8, 0x2a4a2e}; // severity low, a valid field
constexpr Hue AmberTint {0xfff0b0, 0x5a5020}; // severity medium
constexpr Hue OrangeTint {0xffcc99, 0x66401c}; // severity high
constexpr Hue RedTint {0xff9999, 0x6e2a2a}; // severity critical
constexpr Hue PinkTint {0xffd6d6, 0x5c2a2e}; // an invalid field

QPalette palette()
{
    return QGuiApplication::palette();
}

} // namespace

bool isDark()
{
    return palette().color(QPalette::Base).lightness() < 128;
}

QColor text()
{
    return palette().color(QPalette::Text);
}

QColor muted()
{
    const QColor t = text();
    const QColor b = base();
    return QColor(
        (t.red() + b.red() + 1) / 2, (t.green() + b.green() + 1) / 2, (t.blue() + b.blue() + 1) / 2);
}

QColor base()
{
    return palette().color(QPalette::Base);
}

QColor clockText(ClockLevel level)
{
    switch (level) {
    case ClockLevel::Breached:
        return pick(Red);
    case ClockLevel::Warning:
        return pick(Amber);
    case ClockLevel::Overdue:
        return pick(Orange);
    case ClockLevel::Ok:
        return pick(Green);
    default:
        return QColor();
    }
}

QColor clockBackground(ClockLevel level)
{
    switch (level) {
    case ClockLevel::Breached:
        return pick(ClockBreachedTint);
    case ClockLevel::Warning:
        return pick(ClockWarningTint);
    case ClockLevel::Overdue:
        return pick(ClockOverdueTint);
    case ClockLevel::Ok:
        return pick(ClockOkTint);
    default:
        return QColor();
    }
}

QColor stageStatus(const QString &status)
{
    if (status == QStringLiteral("done"))
        return pick(Green);
    if (status == QStringLiteral("in_progress"))
        return pick(Blue);
    if (status == QStringLiteral("not_applicable"))
        return pick(PaleGrey);
    return pick(Grey);
}

QColor severityBackground(const QString &severity)
{
    switch (Codes::rank(Codes::severities(), severity)) {
    case 0:
        return pick(GreenTint);
    case 1:
        return pick(AmberTint);
    case 2:
        return pick(OrangeTint);
    case 3:
        return pick(RedTint);
    default:
        return QColor();
    }
}

QColor good()
{
    return pick(DeepGreen);
}

QColor bad()
{
    return pick(Red);
}

QColor goodBackground()
{
    return pick(GreenTint);
}

QColor badBackground()
{
    return pick(PinkTint);
}

QColor error()
{
    return pick(SpellingRed);
}

} // namespace Testigo::Ui::StatusPalette
