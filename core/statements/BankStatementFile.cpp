#include "BankStatementFile.h"

#include "CsvStatementParser.h"
#include "Mt940Parser.h"

std::optional<QList<BankStatement>> BankStatementFile::read(const QByteArray& file, QString* error)
{
    if (file.contains(":20:")) {
        auto statements = Mt940Parser::parse(file, error);
        if (!statements) {
            *error = tr("MT940 statement, %1").arg(*error);
        }
        return statements;
    }
    const auto statement = CsvStatementParser::parse(file, error);
    if (!statement) {
        *error = tr("CSV statement, %1").arg(*error);
        return std::nullopt;
    }
    return QList<BankStatement>{*statement};
}
