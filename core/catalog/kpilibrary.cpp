#include "catalog/kpilibrary.h"

#include <QCoreApplication>

namespace Needle {

namespace {

struct Definition
{
    const char *key;
    const char *name;
    const char *description;
    const char *howMeasured;
    const char *formula;
    Category category;
    Indicator indicator;
    Unit unit;
    Direction direction;
    Cadence cadence;
    Aggregation aggregation;
    int decimals;
};

const Definition definitions[] = {
    {"nps", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Net Promoter Score"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary",
                       "How likely customers are to recommend the product, from -100 to 100."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Percent of promoters (answers 9-10) minus percent of detractors (answers 0-6) among "
         "all answers to \"How likely are you to recommend us?\" on a 0-10 scale; from answer "
         "counts or from the raw answers."),
     "", Category::Customer, Indicator::Lagging, Unit::Score, Direction::HigherIsBetter,
     Cadence::Monthly, Aggregation::Average, 0},
    {"csat", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Customer satisfaction (CSAT)"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary",
                       "Share of surveyed customers who say they are satisfied."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Answers 4 and 5 on a 1-5 satisfaction scale divided by all answers, times 100."),
     "", Category::Customer, Indicator::Lagging, Unit::Percent, Direction::HigherIsBetter,
     Cadence::Monthly, Aggregation::Average, 1},
    {"mrr", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Monthly recurring revenue (MRR)"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary",
                       "Recurring subscription revenue normalised to one month."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Sum of the monthly value of all active subscriptions at the end of the period, "
         "excluding one-off fees."),
     "", Category::Financial, Indicator::Lagging, Unit::Currency, Direction::HigherIsBetter,
     Cadence::Monthly, Aggregation::Last, 0},
    {"arr", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Annual recurring revenue (ARR)"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary",
                       "Recurring subscription revenue normalised to one year."),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary", "MRR times 12."), "mrr * 12", Category::Financial,
     Indicator::Lagging, Unit::Currency, Direction::HigherIsBetter, Cadence::Monthly,
     Aggregation::Last, 0},
    {"customer_churn", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Customer churn rate"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Share of customers who cancel in a period."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Customers lost during the period divided by customers at its start, times 100."),
     "", Category::Customer, Indicator::Lagging, Unit::Percent, Direction::LowerIsBetter,
     Cadence::Monthly, Aggregation::Average, 2},
    {"revenue_churn", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Revenue churn rate"),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Share of recurring revenue lost to cancellations and downgrades in a period."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "MRR lost to cancellations and downgrades during the period divided by MRR at its "
         "start, times 100."),
     "", Category::Financial, Indicator::Lagging, Unit::Percent, Direction::LowerIsBetter,
     Cadence::Monthly, Aggregation::Average, 2},
    {"retention", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Customer retention rate"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Share of customers kept through a period."),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary", "100 minus the customer churn rate."),
     "100 - customer_churn", Category::Customer, Indicator::Lagging, Unit::Percent,
     Direction::HigherIsBetter, Cadence::Monthly, Aggregation::Average, 2},
    {"cltv", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Customer lifetime value (CLTV)"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary",
                       "Gross profit a customer brings over the whole relationship."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Average revenue per account times gross margin, divided by the customer churn rate."),
     "", Category::Financial, Indicator::Lagging, Unit::Currency, Direction::HigherIsBetter,
     Cadence::Monthly, Aggregation::Last, 0},
    {"cac", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Customer acquisition cost (CAC)"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary", "What it costs to win one new customer."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Sales and marketing spend in the period divided by the new customers won in it."),
     "", Category::Financial, Indicator::Leading, Unit::Currency, Direction::LowerIsBetter,
     Cadence::Monthly, Aggregation::Average, 0},
    {"ltv_cac", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "LTV to CAC ratio"),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "How many times a customer's lifetime value covers the cost of winning them."),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary",
                       "Customer lifetime value divided by customer acquisition cost."),
     "cltv / cac", Category::Financial, Indicator::Leading, Unit::Ratio, Direction::HigherIsBetter,
     Cadence::Monthly, Aggregation::Last, 2},
    {"gross_margin", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Gross margin"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Share of revenue left after the cost of service."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Revenue minus cost of goods sold (hosting, support, licences), divided by revenue, "
         "times 100."),
     "", Category::Financial, Indicator::Lagging, Unit::Percent, Direction::HigherIsBetter,
     Cadence::Monthly, Aggregation::Average, 1},
    {"dau", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Daily active users (DAU)"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Distinct users who use the product on a day."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Count of distinct users with at least one meaningful action during the day."),
     "", Category::Customer, Indicator::Leading, Unit::Count, Direction::HigherIsBetter,
     Cadence::Daily, Aggregation::Average, 0},
    {"mau", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Monthly active users (MAU)"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Distinct users who use the product in a month."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Count of distinct users with at least one meaningful action during the month."),
     "", Category::Customer, Indicator::Leading, Unit::Count, Direction::HigherIsBetter,
     Cadence::Monthly, Aggregation::Last, 0},
    {"dau_mau", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Stickiness (DAU/MAU)"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary",
                       "How many of the month's users come back on a typical day."),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Average DAU divided by MAU, times 100."),
     "dau / mau * 100", Category::Customer, Indicator::Leading, Unit::Percent,
     Direction::HigherIsBetter, Cadence::Monthly, Aggregation::Average, 1},
    {"feature_adoption", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Feature adoption rate"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Share of active users who use a given feature."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Users who used the feature in the period divided by active users in the period, "
         "times 100."),
     "", Category::Operational, Indicator::Leading, Unit::Percent, Direction::HigherIsBetter,
     Cadence::Monthly, Aggregation::Average, 1},
    {"activation_rate", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Activation rate"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary",
                       "Share of new sign-ups who reach the first moment of value."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Sign-ups who completed the activation milestone within 7 days divided by all "
         "sign-ups of the period, times 100."),
     "", Category::Operational, Indicator::Leading, Unit::Percent, Direction::HigherIsBetter,
     Cadence::Weekly, Aggregation::Average, 1},
    {"conversion_rate", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Trial conversion rate"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Share of trials that become paying customers."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Trials converted to paid plans in the period divided by trials that ended in it, "
         "times 100."),
     "", Category::Operational, Indicator::Leading, Unit::Percent, Direction::HigherIsBetter,
     Cadence::Monthly, Aggregation::Average, 1},
    {"signups", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Sign-ups"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary", "New accounts created."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Count of accounts created in the period, excluding internal and test accounts."),
     "", Category::Operational, Indicator::Leading, Unit::Count, Direction::HigherIsBetter,
     Cadence::Weekly, Aggregation::Sum, 0},
    {"time_to_market", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Time to market"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary",
                       "Days from the approval of a feature to its general availability."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Median number of days between a feature's approval and its release to all customers, "
         "over the features shipped in the period."),
     "", Category::Internal, Indicator::Leading, Unit::Duration, Direction::LowerIsBetter,
     Cadence::Quarterly, Aggregation::Average, 0},
    {"innovation_rate", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "Innovation rate"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary",
                       "Share of revenue from products launched in the last three years."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Revenue from products or major features launched in the last N years (3 by default) "
         "divided by total revenue, times 100."),
     "", Category::Internal, Indicator::Lagging, Unit::Percent, Direction::HigherIsBetter,
     Cadence::Quarterly, Aggregation::Last, 1},
    {"rnd_spend_ratio", QT_TRANSLATE_NOOP("Needle::KpiLibrary", "R&D spend ratio"),
     QT_TRANSLATE_NOOP("Needle::KpiLibrary",
                       "Research and development spend as a share of revenue."),
     QT_TRANSLATE_NOOP(
         "Needle::KpiLibrary",
         "Research and development spend in the period divided by revenue in the period, times "
         "100; healthy inside a band rather than as high or low as possible."),
     "", Category::Internal, Indicator::Leading, Unit::Percent, Direction::WithinBand,
     Cadence::Quarterly, Aggregation::Average, 1},
};

#undef TR

QString translate(const char *text)
{
    return QCoreApplication::translate("Needle::KpiLibrary", text);
}

} // namespace

QVector<LibraryEntry> KpiLibrary::entries()
{
    QVector<LibraryEntry> result;
    for (const Definition &d : definitions) {
        LibraryEntry e;
        e.kpi.key = QString::fromLatin1(d.key);
        e.kpi.name = translate(d.name);
        e.kpi.description = translate(d.description);
        e.kpi.formula = QString::fromLatin1(d.formula);
        e.kpi.category = d.category;
        e.kpi.indicator = d.indicator;
        e.kpi.unit = d.unit;
        e.kpi.direction = d.direction;
        e.kpi.cadence = d.cadence;
        e.kpi.aggregation = d.aggregation;
        e.kpi.decimals = d.decimals;
        if (d.unit == Unit::Currency)
            e.kpi.currency = QStringLiteral("EUR");
        e.howMeasured = translate(d.howMeasured);
        result << e;
    }
    return result;
}

std::optional<LibraryEntry> KpiLibrary::find(const QString &key)
{
    for (const LibraryEntry &e : entries())
        if (e.kpi.key == key)
            return e;
    return std::nullopt;
}

} // namespace Needle
