#pragma once

#include "catalog/modelcatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace maas {

// A model's card as text for the catalog panel and empty panes.
class ModelDetails
{
    Q_DECLARE_TR_FUNCTIONS(ModelDetails)

public:
    // What it is, where it is served, limits, price and lifecycle, as rich text.
    static QString html(const ModelInfo &model, const ModelCatalog &catalog, QDate today);
    // One line for a lifecycle badge ("Retired on 2026-10-21: ... Use gpt-oss 120B instead."); empty when
    // nothing is scheduled.
    static QString lifecycleWarning(const ModelInfo &model, const ModelCatalog &catalog, QDate today);
};

} // namespace maas
