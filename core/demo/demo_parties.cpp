// SPDX-License-Identifier: GPL-3.0-or-later
// Invented agencies and companies. Any resemblance to a real entity is accidental; every name
// carries "(ficticio/ficticia)" so a screenshot or a printed testimony cannot be mistaken for real.
#include "demo/demodata.h"

namespace Testigo::Demo {

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }
} // namespace

const QList<AgencySpec> &agencies()
{
    static const QList<AgencySpec> list{
        {s("salud"), s("Instituto Nacional de Salud del Bajío (ficticio)"), s("INSB"), s("entidad"),
         s("Coordinación de Adquisiciones y Suministros"), s("health")},
        {s("infra"), s("Secretaría de Infraestructura Regional (ficticia)"), s("SIR"), s("dependencia"),
         s("Dirección General de Carreteras Alimentadoras"), s("transport")},
        {s("agua"), s("Comisión de Aguas del Norte (ficticia)"), s("CAN"), s("entidad"),
         s("Gerencia de Obras Hidráulicas"), s("water")},
        {s("energia"), s("Petrolera Estatal del Golfo (ficticia)"), s("PEG"), s("entidad"),
         s("Subdirección de Suministros Estratégicos"), s("energy")},
        {s("educa"), s("Secretaría de Educación Técnica (ficticia)"), s("SET"), s("dependencia"),
         s("Dirección de Recursos Materiales"), s("education")},
        {s("bienes"), s("Servicio de Administración de Bienes Públicos (ficticio)"), s("SABP"), s("entidad"),
         s("Unidad de Administración y Finanzas"), s("government")},
        {s("telecom"), s("Organismo de Conectividad Rural (ficticio)"), s("OCR"), s("entidad"),
         s("Gerencia de Contrataciones"), s("telecom")},
        {s("estado"), s("Gobierno del Estado de Valle Alto (ficticio)"), s("GEVA"), s("state"),
         s("Secretaría de Administración Estatal"), s("security")},
    };
    return list;
}

const QList<CompanySpec> &companies()
{
    static const QList<CompanySpec> list{
        // Health
        {s("Farmacéutica Aztlán, S.A. de C.V. (ficticia)"), s("FAZ010315KL2"), s("health")},
        {s("Distribuidora Médica del Centro, S.A. de C.V. (ficticia)"), s("DMC980702AB9"), s("health")},
        {s("Laboratorios Tonantzin, S.A.P.I. de C.V. (ficticia)"), s("LTO050920QW1"), s("health")},
        {s("Insumos Hospitalarios Ñandú, S.A. de C.V. (ficticia)"), s("IHÑ110401MN7"), s("health")},
        {s("Oncofarma Peninsular, S. de R.L. de C.V. (ficticia)"), s("OPE070612RT4"), s("health")},
        {s("María Elena Cárdenas Ruiz (ficticia)"), s("CARM7503128H3"), s("health")},
        // Transport and water works
        {s("Constructora Cerro Gordo, S.A. de C.V. (ficticia)"), s("CCG920228HJ5"), s("transport")},
        {s("Pavimentos y Terracerías del Norte, S.A. de C.V. (ficticia)"), s("PTN031117BB3"), s("transport")},
        {s("Ingeniería Civil Xochitl, S.A. de C.V. (ficticia)"), s("ICX990530LP8"), s("transport")},
        {s("Grupo Constructor A&M, S.A. de C.V. (ficticia)"), s("GCA040809ZX6"), s("transport")},
        {s("Obras Hidráulicas del Bravo, S.A. de C.V. (ficticia)"), s("OHB960110PQ2"), s("water")},
        {s("Tubería y Bombeo Industrial, S.A. de C.V. (ficticia)"), s("TBI080303CV5"), s("water")},
        {s("Consorcio Acuífero del Norte, S.A.P.I. de C.V. (ficticia)"), s("CAN120514DE1"), s("water")},
        {s("José Luis Ibarra Peña (ficticio)"), s("IAPJ680921TU4"), s("water")},
        // Energy
        {s("Válvulas y Equipos del Golfo, S.A. de C.V. (ficticia)"), s("VEG000818FG7"), s("energy")},
        {s("Gulf Offshore Services Mexico, S. de R.L. de C.V. (ficticia)"), s("GOS150226HK3"), s("energy")},
        {s("Compresores Industriales de Tabasco, S.A. de C.V. (ficticia)"), s("CIT970404MM0"), s("energy")},
        {s("Northern Turbine Supply LLC, sucursal en México (ficticia)"), s("NTS180110AA8"), s("energy")},
        {s("Mantenimiento Marino Campechano, S.A. de C.V. (ficticia)"), s("MMC021205XY9"), s("energy")},
        // Education, government, telecom, security
        {s("Mobiliario Escolar Tlaloc, S.A. de C.V. (ficticia)"), s("MET930615GH6"), s("education")},
        {s("Equipos Didácticos del Pacífico, S.A. de C.V. (ficticia)"), s("EDP060228JK4"), s("education")},
        {s("Ana Sofía Núñez Beltrán (ficticia)"), s("NUBA8011045Z2"), s("education")},
        {s("Limpieza Integral Metropolitana, S.A. de C.V. (ficticia)"), s("LIM100712LM3"), s("government")},
        {s("Servicios de Vigilancia Orión, S.A. de C.V. (ficticia)"), s("SVO050505NP1"), s("government")},
        {s("Arrendadora Vehicular del Altiplano, S.A. de C.V. (ficticia)"), s("AVA140930QR5"), s("government")},
        {s("Redes Satelitales del Sureste, S.A. de C.V. (ficticia)"), s("RSS091021ST8"), s("telecom")},
        {s("Fibra Óptica Comunitaria, S.A.P.I. de C.V. (ficticia)"), s("FOC160318UV2"), s("telecom")},
        {s("Andean Networks Inc., sucursal en México (ficticia)"), s("ANI190607WX4"), s("telecom")},
        {s("Blindajes y Patrullas del Valle, S.A. de C.V. (ficticia)"), s("BPV110228YZ7"), s("security")},
        {s("Tecnología Forense Integral, S.A. de C.V. (ficticia)"), s("TFI130819AB3"), s("security")},
        // General suppliers that bid anywhere
        {s("Comercializadora Ñuñez & Hijos, S.A. de C.V. (ficticia)"), s("CÑH870202CD6"), s("any")},
        {s("Proveeduría Integral del Sur, S.A. de C.V. (ficticia)"), s("PIS940825EF0"), s("any")},
        {s("Roberto Alán Quiñones Soto (ficticio)"), s("QUSR720714GH9"), s("any")},
        {s("Suministros Globales Anáhuac, S.A. de C.V. (ficticia)"), s("SGA080101JK5"), s("any")},
    };
    return list;
}

} // namespace Testigo::Demo
