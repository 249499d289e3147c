INSERT INTO P_DOSSIER (cbMarq, D_RaisonSoc, D_DebutExo01, D_FinExo01, D_DebutExo02, D_FinExo02, N_DeviseCompte)
VALUES (1, 'DEMO BIJOUX SARL', '2023-01-01 00:00:00', '2023-12-31 00:00:00', '2024-01-01 00:00:00', '2024-12-31 00:00:00', 1);
INSERT INTO P_DEVISE VALUES (1, 1, 'Euro', 'EUR', 'EUR', '# ### ##0,00');
INSERT INTO P_CATTARIF VALUES (1, 1, 'Détaillants', 0);
INSERT INTO P_CATTARIF VALUES (2, 2, 'Grossistes', 0);
INSERT INTO P_CATTARIF VALUES (3, 3, 'Centrales', 0);
INSERT INTO F_COLLABORATEUR VALUES (1, 1, 'DUPONT', 'Jean', 1);
INSERT INTO F_COLLABORATEUR VALUES (2, 2, 'MARTIN', 'Claire', 1);
INSERT INTO F_COMPTET (cbMarq, CT_Num, CT_Intitule, CT_Type, CG_NumPrinc, CO_No, N_CatTarif) VALUES
 (1, 'CL001', 'Bijouterie Lebon', 0, '411000', 1, 1),
 (2, 'CL002', 'Grossiste Or & Co', 0, '411000', 2, 2),
 (3, 'CL003', 'Atelier Perle', 0, '411000', 1, 1),
 (4, 'FR001', 'Fonderie du Sud', 1, '401000', 0, 0);
INSERT INTO F_FAMILLE VALUES (1, 'BAGUES', 0, 'Bagues');
INSERT INTO F_FAMILLE VALUES (2, 'COLLIERS', 0, 'Colliers');
INSERT INTO F_ARTICLE (cbMarq, AR_Ref, AR_Design, FA_CodeFamille) VALUES
 (1, 'BA001', 'Bague or 18k', 'BAGUES'), (2, 'BA002', 'Bague argent', 'BAGUES'), (3, 'CO001', 'Collier perles', 'COLLIERS');
INSERT INTO F_DOCENTETE (cbMarq, DO_Domaine, DO_Type, DO_Piece, DO_Date, DO_Tiers, CO_No, DO_Tarif, DO_Provenance, DO_Cloture, DO_TotalHT) VALUES
 (1, 0, 6, 'FA0001', '2024-06-03 00:00:00', 'CL001', 1, 1, 0, 0, 250),
 (2, 0, 7, 'FA0002', '2024-05-10 00:00:00', 'CL002', 2, 2, 0, 0, 300),
 (3, 0, 6, 'FA0003', '2024-06-10 00:00:00', 'CL001', 1, 1, 2, 0, 100),
 (4, 0, 6, 'FA0004', '2024-06-12 00:00:00', 'CL002', 2, 2, 1, 0, -50),
 (5, 0, 4, 'BR0001', '2024-06-11 00:00:00', 'CL003', 1, 1, 0, 0, 30),
 (6, 0, 3, 'BL0001', '2024-06-14 00:00:00', 'CL003', 1, 1, 0, 0, 100),
 (7, 0, 1, 'BC0001', '2024-06-05 00:00:00', 'CL003', 1, 1, 0, 0, 150),
 (8, 0, 1, 'BC0002', '2024-04-20 00:00:00', 'CL001', 1, 1, 0, 0, 120),
 (9, 0, 1, 'BC0003', '2024-06-08 00:00:00', 'CL002', 2, 2, 0, 1, 100),
 (10, 0, 6, 'FA0005', '2024-06-20 00:00:00', 'CL001', 1, 1, 0, 0, 999),
 (11, 0, 0, 'DE0001', '2024-06-02 00:00:00', 'CL001', 1, 1, 0, 0, 5000),
 (12, 1, 16, 'FF0001', '2024-06-05 00:00:00', 'FR001', 0, 0, 0, 0, 500);
INSERT INTO F_DOCLIGNE (cbMarq, DL_No, DO_Domaine, DO_Type, DO_Piece, DO_Date, CT_Num, DL_Ligne, AR_Ref, DL_Design, DL_Qte, DL_QteBC, DL_PrixUnitaire, DL_MontantHT, DL_PieceBC, DL_DateBC, CO_No) VALUES
 (1, 1, 0, 6, 'FA0001', '2024-06-03 00:00:00', 'CL001', 1000, 'BA001', 'Bague or 18k', 2, 2, 100, 200, '', NULL, 1),
 (2, 2, 0, 6, 'FA0001', '2024-06-03 00:00:00', 'CL001', 2000, 'CO001', 'Collier perles', 1, 1, 50, 50, '', NULL, 1),
 (3, 3, 0, 6, 'FA0001', '2024-06-03 00:00:00', 'CL001', 3000, NULL, 'Merci de votre commande', 0, 0, 0, 0, '', NULL, 1),
 (4, 4, 0, 7, 'FA0002', '2024-05-10 00:00:00', 'CL002', 1000, 'BA002', 'Bague argent', 10, 10, 30, 300, '', NULL, 2),
 (5, 5, 0, 6, 'FA0003', '2024-06-10 00:00:00', 'CL001', 1000, 'BA001', 'Bague or 18k', 1, 1, 100, 100, '', NULL, 1),
 (6, 6, 0, 6, 'FA0004', '2024-06-12 00:00:00', 'CL002', 1000, 'CO001', 'Collier perles', -1, -1, 50, -50, '', NULL, 2),
 (7, 7, 0, 4, 'BR0001', '2024-06-11 00:00:00', 'CL003', 1000, 'BA002', 'Bague argent', 1, 1, 30, 30, '', NULL, 1),
 (8, 8, 0, 3, 'BL0001', '2024-06-14 00:00:00', 'CL003', 1000, 'CO001', 'Collier perles', 2, 5, 50, 100, 'BC0001', '2024-06-05 00:00:00', 1),
 (9, 9, 0, 1, 'BC0001', '2024-06-05 00:00:00', 'CL003', 1000, 'CO001', 'Collier perles', 3, 5, 50, 150, '', NULL, 1),
 (10, 10, 0, 1, 'BC0002', '2024-04-20 00:00:00', 'CL001', 1000, 'BA002', 'Bague argent', 4, 4, 30, 120, '', NULL, 1),
 (11, 11, 0, 1, 'BC0003', '2024-06-08 00:00:00', 'CL002', 1000, 'BA001', 'Bague or 18k', 1, 1, 100, 100, '', NULL, 2),
 (12, 12, 0, 6, 'FA0005', '2024-06-20 00:00:00', 'CL001', 1000, 'BA001', 'Bague or 18k', 9, 9, 111, 999, '', NULL, 1),
 (13, 13, 0, 0, 'DE0001', '2024-06-02 00:00:00', 'CL001', 1000, 'BA001', 'Bague or 18k', 50, 0, 100, 5000, '', NULL, 1),
 (14, 14, 1, 16, 'FF0001', '2024-06-05 00:00:00', 'FR001', 1000, 'BA001', 'Bague or 18k', 10, 10, 50, 500, '', NULL, 0);
INSERT INTO F_COMPTEG (cbMarq, CG_Num, CG_Type, CG_Intitule) VALUES
 (1, '401000', 0, 'Fournisseurs'), (2, '411000', 0, 'Clients'), (3, '445660', 0, 'TVA déductible'),
 (4, '445710', 0, 'TVA collectée'), (5, '512000', 0, 'Banque'), (6, '530000', 0, 'Caisse'),
 (7, '580000', 0, 'Virements internes'), (8, '607000', 0, 'Achats de marchandises'),
 (9, '701000', 0, 'Ventes de produits finis'), (10, '706000', 0, 'Prestations de services'), (11, '7', 1, 'Comptes de produits');
INSERT INTO F_JOURNAUX (cbMarq, JO_Num, JO_Intitule, JO_Type, CG_Num) VALUES
 (1, 'ACH', 'Achats', 0, NULL), (2, 'VTE', 'Ventes', 1, NULL), (3, 'BQ1', 'Banque', 2, '512000'),
 (4, 'CAI', 'Caisse', 2, '530000'), (5, 'OD', 'Opérations diverses', 3, NULL), (6, 'RAN', 'Reports à nouveau', 3, NULL),
 (7, 'SIT', 'Situation', 4, NULL);
INSERT INTO F_ECRITUREC (cbMarq, EC_No, JO_Num, JM_Date, EC_Jour, CG_Num, CT_Num, EC_Sens, EC_Montant, EC_Lettre, EC_ANType) VALUES
 (1, 1, 'VTE', '2023-11-01 00:00:00', 10, '411000', 'CL001', 0, 200, 0, 0),
 (2, 2, 'VTE', '2023-11-01 00:00:00', 10, '701000', NULL, 1, 200, 0, 0),
 (3, 3, 'BQ1', '2023-12-01 00:00:00', 15, '512000', NULL, 0, 1000, 0, 0),
 (4, 4, 'BQ1', '2023-12-01 00:00:00', 15, '401000', 'FR001', 1, 300, 0, 0),
 (5, 5, 'BQ1', '2023-12-01 00:00:00', 15, '701000', NULL, 1, 700, 0, 0),
 (6, 6, 'RAN', '2024-01-01 00:00:00', 1, '411000', 'CL001', 0, 200, 0, 1),
 (7, 7, 'RAN', '2024-01-01 00:00:00', 1, '512000', NULL, 0, 1000, 0, 1),
 (8, 8, 'RAN', '2024-01-01 00:00:00', 1, '401000', 'FR001', 1, 300, 0, 1),
 (9, 9, 'RAN', '2024-01-01 00:00:00', 1, '120000', NULL, 1, 900, 0, 1),
 (10, 10, 'VTE', '2024-05-01 00:00:00', 10, '411000', 'CL002', 0, 360, 0, 0),
 (11, 11, 'VTE', '2024-05-01 00:00:00', 10, '701000', NULL, 1, 300, 0, 0),
 (12, 12, 'VTE', '2024-05-01 00:00:00', 10, '445710', NULL, 1, 60, 0, 0),
 (13, 13, 'VTE', '2024-06-01 00:00:00', 3, '411000', 'CL001', 0, 300, 1, 0),
 (14, 14, 'VTE', '2024-06-01 00:00:00', 3, '701000', NULL, 1, 250, 0, 0),
 (15, 15, 'VTE', '2024-06-01 00:00:00', 3, '445710', NULL, 1, 50, 0, 0),
 (16, 16, 'VTE', '2024-06-01 00:00:00', 10, '701000', NULL, 0, 100, 0, 0),
 (17, 17, 'VTE', '2024-06-01 00:00:00', 10, '445710', NULL, 0, 20, 0, 0),
 (18, 18, 'VTE', '2024-06-01 00:00:00', 10, '411000', 'CL001', 1, 120, 0, 0),
 (19, 19, 'ACH', '2024-06-01 00:00:00', 5, '607000', NULL, 0, 500, 0, 0),
 (20, 20, 'ACH', '2024-06-01 00:00:00', 5, '445660', NULL, 0, 100, 0, 0),
 (21, 21, 'ACH', '2024-06-01 00:00:00', 5, '401000', 'FR001', 1, 600, 0, 0),
 (22, 22, 'BQ1', '2024-06-01 00:00:00', 7, '512000', NULL, 0, 300, 0, 0),
 (23, 23, 'BQ1', '2024-06-01 00:00:00', 7, '411000', 'CL001', 1, 300, 1, 0),
 (24, 24, 'BQ1', '2024-06-01 00:00:00', 20, '512000', NULL, 1, 100, 0, 0),
 (25, 25, 'BQ1', '2024-06-01 00:00:00', 20, '401000', 'FR001', 0, 100, 0, 0),
 (26, 26, 'CAI', '2024-06-01 00:00:00', 2, '530000', NULL, 0, 60, 0, 0),
 (27, 27, 'CAI', '2024-06-01 00:00:00', 2, '706000', NULL, 1, 50, 0, 0),
 (28, 28, 'CAI', '2024-06-01 00:00:00', 2, '445710', NULL, 1, 10, 0, 0),
 (29, 29, 'SIT', '2024-06-01 00:00:00', 1, '701000', NULL, 1, 999, 0, 0);
