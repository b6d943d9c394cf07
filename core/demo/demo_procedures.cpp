// SPDX-License-Identifier: GPL-3.0-or-later
// The procedures of the demo. A few break the legal clocks on purpose (a 12-day publication period
// without justification, a late award, a late contract, a clarification too close to the opening,
// a late change to the call) so the clocks view has something to show.
#include "demo/demodata.h"

namespace Testigo::Demo {

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }

ProcedureSpec base(const char *number, const char *title, const char *object, const char *agency,
                   const char *regime, const char *type, const char *character, const char *evaluation,
                   const char *kind, QDate start, const char *place)
{
    ProcedureSpec p;
    p.number = s(number);
    p.title = s(title);
    p.object = s(object);
    p.agencyKey = s(agency);
    p.regime = s(regime);
    p.type = s(type);
    p.character = s(character);
    p.evaluation = s(evaluation);
    p.objectKind = s(kind);
    p.start = start;
    p.place = s(place);
    return p;
}

// Data table: every procedure of the demo.
QList<ProcedureSpec> build()
{
    QList<ProcedureSpec> out;
    ProcedureSpec p;

    p = base("00641001-005-03", "Adquisición de medicamentos oncológicos (ficticia)",
             "Suministro anual de antineoplásicos para los hospitales de alta especialidad.", "salud",
             "LAASSP-2000", "open_tender", "national", "binary", "goods", QDate(2003, 3, 10), "León, Guanajuato");
    p.lots = {{s("Paclitaxel 300 mg, frasco ámpula"), 18'500'000, 17'200'000},
              {s("Carboplatino 450 mg, frasco ámpula"), 9'800'000, 9'150'000},
              {s("Trastuzumab 440 mg, frasco ámpula"), 42'000'000, 39'600'000}};
    p.bidders = 5;
    out << p;

    p = base("00009001-017-06", "Construcción del tramo carretero San Isidro–Las Cruces (ficticio)",
             "Terracerías, obras de drenaje y pavimento asfáltico de 18.4 km.", "infra",
             "LOPSRM", "open_tender", "national", "points", "works", QDate(2006, 5, 8), "Durango, Durango");
    p.lots = {{s("Terracerías y obras de drenaje, km 0+000 al 9+200"), 96'000'000, 91'500'000},
              {s("Pavimento asfáltico y señalamiento, km 9+200 al 18+400"), 88'000'000, 84'300'000}};
    p.bidders = 6;
    p.awardDays = 45; // beyond the 40 days the law allows for works
    p.amendments = 2;
    out << p;

    p = base("18575001-031-08", "Suministro de válvulas de alta presión para plataformas marinas (ficticio)",
             "Válvulas de compuerta y de retención API 6A para la Sonda de Campeche.", "energia",
             "LAASSP-2000", "open_tender", "international_treaties", "points", "goods", QDate(2008, 9, 1),
             "Ciudad del Carmen, Campeche");
    p.currency = s("USD");
    p.lots = {{s("Válvulas de compuerta API 6A de 10 000 psi"), 3'400'000, 3'150'000},
              {s("Válvulas de retención de 5 000 psi"), 1'250'000, 1'180'000},
              {s("Refacciones y kits de reparación"), 420'000, 395'000}};
    p.bidders = 5;
    p.publicationDays = 22;
    out << p;

    p = base("IA-006HHE001-N4-2010", "Servicio de limpieza integral de inmuebles (ficticio)",
             "Limpieza de oficinas, sanitarios y áreas comunes de 14 inmuebles por 12 meses.", "bienes",
             "LAASSP-2000", "restricted_invitation", "national", "binary", "services", QDate(2010, 2, 15),
             "Ciudad de México");
    p.lots = {{s("Inmuebles de la zona centro"), 6'200'000, 5'900'000},
              {s("Inmuebles de la zona norte"), 4'100'000, 3'950'000}};
    p.bidders = 3;
    p.contractDays = 25; // more than 15 business days after the award
    out << p;

    p = base("LO-016B00001-N8-2012", "Rehabilitación de la planta potabilizadora El Sauce (ficticia)",
             "Rehabilitación de filtros, sedimentadores y equipo de bombeo de 450 l/s.", "agua",
             "LOPSRM", "open_tender", "national", "points", "works", QDate(2012, 4, 2), "Monterrey, Nuevo León");
    p.lots = {{s("Obra civil de filtros y sedimentadores"), 54'000'000, 51'200'000},
              {s("Equipo electromecánico de bombeo"), 23'500'000, 21'800'000}};
    p.bidders = 7;
    p.clarificationRounds = 2;
    p.voidLot = 1;
    p.amendments = 1;
    out << p;

    p = base("LA-011L00002-N21-2014", "Adquisición de mobiliario escolar para planteles técnicos (ficticia)",
             "Pupitres, mesas de laboratorio, pizarrones y estantería para 120 planteles.", "educa",
             "LAASSP-2000", "open_tender", "national", "binary", "goods", QDate(2014, 6, 2), "Puebla, Puebla");
    p.lots = {{s("Pupitres individuales"), 12'500'000, 11'600'000},
              {s("Mesas de laboratorio con tarja"), 8'300'000, 7'900'000},
              {s("Pizarrones blancos y de corcho"), 2'100'000, 1'950'000},
              {s("Estantería metálica"), 3'400'000, 3'250'000}};
    p.bidders = 5;
    p.publicationDays = 12; // cut to 12 days with no written justification
    out << p;

    p = base("LA-009J00003-I5-2016", "Arrendamiento de capacidad satelital para comunidades rurales (ficticio)",
             "Capacidad en banda Ku y estaciones terrenas para 2 300 sitios por 36 meses.", "telecom",
             "LAASSP-2000", "open_tender", "international_open", "cost_benefit", "services", QDate(2016, 1, 18),
             "Ciudad de México");
    p.currency = s("USD");
    p.lots = {{s("Capacidad satelital en banda Ku"), 14'800'000, 13'900'000},
              {s("Estaciones terrenas e instalación"), 6'300'000, 6'050'000}};
    p.bidders = 4;
    p.publicationDays = 24;
    out << p;

    p = base("AA-012M7B004-E18-2018", "Adquisición de reactivos de laboratorio por adjudicación directa (ficticia)",
             "Reactivos para pruebas de química clínica por excepción de proveedor único.", "salud",
             "LAASSP-2000", "direct_award", "national", "binary", "goods", QDate(2018, 7, 9), "León, Guanajuato");
    p.lots = {{s("Reactivos de química clínica"), 7'400'000, 7'100'000},
              {s("Calibradores y controles"), 1'600'000, 1'520'000}};
    p.bidders = 3;
    p.awardDays = 21;
    out << p;

    p = base("LA-921022998-E3-2019", "Adquisición de patrullas equipadas para seguridad pública (ficticia)",
             "Vehículos tipo pick-up con equipamiento policial y radiocomunicación.", "estado",
             "LAASSP-2000", "open_tender", "national", "points", "goods", QDate(2019, 3, 4), "Valle Alto");
    p.lots = {{s("Camionetas pick-up doble cabina"), 38'000'000, 35'400'000},
              {s("Equipamiento policial y balizado"), 9'200'000, 8'700'000},
              {s("Radios de comunicación digital"), 6'500'000, 6'100'000}};
    p.bidders = 4;
    p.publicationDays = 11;
    p.reducedJustified = true; // justified reduction: 11 days are lawful here
    p.clarificationGap = 4;    // but the last clarification came too close to the opening
    out << p;

    p = base("IO-018T4M002-E9-2021", "Mantenimiento mayor a ductos de recolección en Tabasco (ficticio)",
             "Sustitución de tramos, protección catódica y recubrimiento de 32 km de ductos.", "energia",
             "LOPSRM", "restricted_invitation", "national", "points", "works", QDate(2021, 8, 16),
             "Villahermosa, Tabasco");
    p.lots = {{s("Sustitución de tramos de ducto de 12 pulgadas"), 64'000'000, 60'500'000},
              {s("Protección catódica y recubrimiento"), 18'000'000, 16'900'000}};
    p.bidders = 3;
    p.amendments = 2;
    out << p;

    p = base("LA-012M7B005-E44-2023", "Servicio integral de hemodiálisis subrogada (ficticio)",
             "Sesiones de hemodiálisis con equipo, insumos y personal en 9 unidades.", "salud",
             "LAASSP-2000", "open_tender", "national", "points", "services", QDate(2023, 2, 6), "León, Guanajuato");
    p.lots = {{s("Región Bajío norte"), 48'000'000, 45'600'000},
              {s("Región Bajío sur"), 41'000'000, 39'200'000},
              {s("Región Altos"), 22'000'000, 20'700'000}};
    p.bidders = 8;
    p.changeGap = 5;   // a change to the call published five days before the opening
    p.awardDays = 31;  // the award was deferred into the extension
    out << p;

    p = base("LA-06-HHE-006HHE001-N-12-2024", "Servicios de auditoría técnica de obra con Pacto de Integridad voluntario (ficticios)",
             "Supervisión externa y auditoría técnica de tres obras de edificación pública.", "bienes",
             "LAASSP-2000", "restricted_invitation", "national", "points", "services", QDate(2024, 9, 9),
             "Ciudad de México");
    p.lots = {{s("Auditoría técnica del edificio administrativo"), 3'600'000, 3'400'000},
              {s("Auditoría técnica del almacén central"), 2'200'000, 2'050'000},
              {s("Auditoría técnica del archivo de concentración"), 1'800'000, 1'700'000}};
    p.bidders = 4;
    p.authority = s("VOLUNTARY_PACT");
    out << p;

    p = base("LO-016B00001-I3-2025", "Construcción del acueducto Presa Los Pinos–Valle Alto (ficticio)",
             "Línea de conducción de 42 km, dos plantas de bombeo y tanque de regulación.", "agua",
             "LOPSRM", "open_tender", "international_open", "points", "works", QDate(2025, 3, 3), "Valle Alto");
    p.lots = {{s("Línea de conducción de acero de 48 pulgadas"), 610'000'000, 585'000'000},
              {s("Plantas de bombeo 1 y 2"), 240'000'000, 226'000'000},
              {s("Tanque de regulación de 20 000 m³"), 95'000'000, 90'500'000}};
    p.bidders = 5;
    p.publicationDays = 21;
    p.stagesDone = 10; // awarded; the contract is being signed
    p.authority = s("SABG");
    out << p;

    p = base("DC-50-GYR-050GYR001-N-3-2025", "Diálogo competitivo para la plataforma de expediente clínico electrónico (ficticio)",
             "Diseño, implantación y operación de un expediente clínico electrónico interoperable.", "salud",
             "LAASSP-2025", "competitive_dialogue", "national", "cost_benefit", "services", QDate(2025, 5, 12),
             "Ciudad de México");
    p.lots = {{s("Plataforma de software y migración de datos"), 86'000'000, 80'500'000},
              {s("Mesa de ayuda y capacitación"), 14'000'000, 13'100'000}};
    p.bidders = 4;
    p.stagesDone = 6; // evaluation under way
    p.authority = s("SABG");
    out << p;

    p = base("LA-50-GYN-012M7B001-T-18-2025", "Adquisición de medicamentos oncológicos para el segundo semestre (ficticia)",
             "Antineoplásicos y medicamentos de soporte para 23 hospitales.", "salud",
             "LAASSP-2025", "open_tender", "international_treaties", "points", "goods", QDate(2025, 6, 2),
             "León, Guanajuato");
    p.lots = {{s("Pembrolizumab 100 mg, frasco ámpula"), 120'000'000, 112'000'000},
              {s("Docetaxel 80 mg, frasco ámpula"), 16'000'000, 15'100'000},
              {s("Ondansetrón 8 mg, solución inyectable"), 3'900'000, 3'650'000},
              {s("Filgrastim 300 µg, jeringa prellenada"), 21'000'000, 19'800'000}};
    p.bidders = 6;
    p.publicationDays = 40;
    p.stagesDone = 5; // the opening is under way
    p.authority = s("SABG");
    out << p;

    return out;
}
} // namespace

const QList<ProcedureSpec> &procedures()
{
    static const QList<ProcedureSpec> list = build();
    return list;
}

} // namespace Testigo::Demo
