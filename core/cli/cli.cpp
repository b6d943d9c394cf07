// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <QCoreApplication>
#include <functional>

namespace Testigo::Cli {

namespace {

struct Command
{
    const char *name;
    std::function<int(const Args &, Io)> run;
    const char *usage;
    const char *options; // the --options it takes, space-separated: any other is a usage error
};

const QList<Command> &commands()
{
    static const QList<Command> list {
        {"create", cmdCreate, "create FILE", ""},
        {"demo", cmdDemo, "demo FILE", ""},
        {"list", cmdList, "list FILE [--json]", "json"},
        {"info", cmdInfo, "info FILE [--json]", "json"},
        {"show", cmdShow, "show FILE --process NUMBER [--json]", "process json today lang"},
        {"verify", cmdVerify, "verify FILE [--testimony OUT.pdf]", "testimony"},
        {"impact", cmdImpact, "impact FILE [--format csv|json] [--real YYYY-MM] [--currency MXN|USD]",
            "format real currency"},
        {"testimony", cmdTestimony,
            "testimony FILE --process NUMBER --lang es|en -o OUT.pdf [--date YYYY-MM-DD | --interim "
            "YYYY-MM-DD]\n"
            "               [--cert X.cer --key X.key | --p12 F] [--password-file F]",
            "process lang o date interim cert key p12 password-file"},
        {"sign", cmdSign, "sign PDF --cert X.cer --key X.key | --p12 F [--password-file F] -o OUT.pdf",
            "cert key p12 password-file o"},
        {"merge", cmdMerge, "merge TARGET SOURCE... [--accept-unverified]", "accept-unverified"},
        {"report", cmdReport, "report FILE --lang es|en -o OUT.pdf", "lang o output"},
        {"import", cmdImport, "import FILE OCDS-FILE...", ""},
        {"export", cmdExport, "export FILE -o OUT.json [--process NUMBER]", "o process"},
        {"flags", cmdFlags, "flags FILE [--process NUMBER] [--json]", "process json"},
        {"keys", cmdKeys, "keys FILE [--export OUT.json]", "export"},
        {"trust", cmdTrust, "trust FILE KEYFILE|FINGERPRINT", ""},
        {"search", cmdSearch, "search FILE QUERY... [--json] [--limit N]", "json limit"},
    };
    return list;
}

// Options that take a value; every other --option is a flag.
const QStringList kValued {QStringLiteral("process"), QStringLiteral("lang"), QStringLiteral("o"),
    QStringLiteral("format"), QStringLiteral("real"), QStringLiteral("currency"), QStringLiteral("testimony"),
    QStringLiteral("cert"), QStringLiteral("key"), QStringLiteral("p12"), QStringLiteral("password-file"),
    QStringLiteral("date"), QStringLiteral("interim"), QStringLiteral("export"), QStringLiteral("limit")};

QString usageText()
{
    QString s = QCoreApplication::translate("Cli", "Usage: testigo-cli COMMAND ...") + QLatin1Char('\n');
    for (const auto &c : commands())
        s += QStringLiteral("  testigo-cli %1\n").arg(QLatin1String(c.usage));
    return s;
}

} // namespace

int usageError(Io io, const QString &message)
{
    io.err << message << '\n' << usageText();
    io.err.flush();
    return Usage;
}

int error(Io io, const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    io.err << line << '\n';
    io.err.flush();
    return Error;
}

int run(const QStringList &arguments, Io io)
{
    if (arguments.isEmpty() || arguments.first() == QStringLiteral("--help")
        || arguments.first() == QStringLiteral("-h")) {
        io.out << usageText();
        return arguments.isEmpty() ? Usage : Ok;
    }
    const QString name = arguments.first();
    Args args;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            QString key = a;
            while (key.startsWith(QLatin1Char('-')))
                key.remove(0, 1);
            QString value;
            const int eq = key.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = key.mid(eq + 1);
                key = key.left(eq);
            } else if (kValued.contains(key)) {
                if (i + 1 >= arguments.size())
                    return usageError(
                        io, QCoreApplication::translate("Cli", "Option --%1 needs a value.").arg(key));
                value = arguments[++i];
            } else {
                value = QStringLiteral("1");
            }
            args.options.insert(key, value);
        } else {
            args.positional << a;
        }
    }
    for (const auto &c : commands()) {
        if (QLatin1String(c.name) == name) {
            const QStringList accepted
                = QString::fromLatin1(c.options).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (auto it = args.options.cbegin(); it != args.options.cend(); ++it)
                if (!accepted.contains(it.key()))
                    return usageError(io,
                        QCoreApplication::translate("Cli", "%1 does not take the option --%2.")
                            .arg(name, it.key()));
            const int rc = c.run(args, io);
            io.out.flush();
            io.err.flush();
            return rc;
        }
    }
    return usageError(io, QCoreApplication::translate("Cli", "Unknown command “%1”.").arg(name));
}

} // namespace Testigo::Cli
