CREATE TABLE P_DOSSIER (
    cbMarq          INTEGER      NOT NULL PRIMARY KEY,
    D_RaisonSoc     VARCHAR(35)  NOT NULL DEFAULT '',
    D_Siret         VARCHAR(15)  NOT NULL DEFAULT '',
    D_DebutExo01    DATETIME     NULL,
    D_FinExo01      DATETIME     NULL,
    D_DebutExo02    DATETIME     NULL,
    D_FinExo02      DATETIME     NULL,
    D_DebutExo03    DATETIME     NULL,
    D_FinExo03      DATETIME     NULL,
    D_DebutExo04    DATETIME     NULL,
    D_FinExo04      DATETIME     NULL,
    D_DebutExo05    DATETIME     NULL,
    D_FinExo05      DATETIME     NULL,
    N_DeviseCompte  SMALLINT     NOT NULL DEFAULT 0
);

CREATE TABLE P_DEVISE (
    cbMarq          INTEGER      NOT NULL PRIMARY KEY,
    cbIndice        SMALLINT     NOT NULL,
    D_Intitule      VARCHAR(35)  NOT NULL DEFAULT '',
    D_Sigle         VARCHAR(5)   NOT NULL DEFAULT '',
    D_CodeISO       VARCHAR(3)   NOT NULL DEFAULT '',
    D_Format        VARCHAR(31)  NOT NULL DEFAULT ''
);

CREATE TABLE P_CATTARIF (
    cbMarq          INTEGER      NOT NULL PRIMARY KEY,
    cbIndice        SMALLINT     NOT NULL,
    CT_Intitule     VARCHAR(35)  NOT NULL DEFAULT '',
    CT_PrixTTC      SMALLINT     NOT NULL DEFAULT 0
);

CREATE TABLE F_COLLABORATEUR (
    cbMarq          INTEGER      NOT NULL PRIMARY KEY,
    CO_No           INT          NOT NULL,
    CO_Nom          VARCHAR(35)  NOT NULL DEFAULT '',
    CO_Prenom       VARCHAR(35)  NOT NULL DEFAULT '',
    CO_Vendeur      SMALLINT     NOT NULL DEFAULT 1,
    CONSTRAINT UKA_F_COLLABORATEUR_CO_No UNIQUE (CO_No)
);

CREATE TABLE F_COMPTET (
    cbMarq          INTEGER      NOT NULL PRIMARY KEY,
    CT_Num          VARCHAR(17)  NOT NULL,
    CT_Intitule     VARCHAR(69)  NOT NULL DEFAULT '',
    CT_Type         SMALLINT     NOT NULL DEFAULT 0,
    CG_NumPrinc     VARCHAR(13)  NULL,
    CO_No           INT          NOT NULL DEFAULT 0,
    N_CatTarif      SMALLINT     NOT NULL DEFAULT 0,
    CT_Encours      NUMERIC(24,6) NOT NULL DEFAULT 0,
    CT_Sommeil      SMALLINT     NOT NULL DEFAULT 0,
    CT_Statistique01 VARCHAR(21)  NOT NULL DEFAULT '',
    CT_Statistique02 VARCHAR(21)  NOT NULL DEFAULT '',
    CT_Statistique03 VARCHAR(21)  NOT NULL DEFAULT '',
    CT_Statistique04 VARCHAR(21)  NOT NULL DEFAULT '',
    CT_Statistique05 VARCHAR(21)  NOT NULL DEFAULT '',
    CT_Statistique06 VARCHAR(21)  NOT NULL DEFAULT '',
    CT_Statistique07 VARCHAR(21)  NOT NULL DEFAULT '',
    CT_Statistique08 VARCHAR(21)  NOT NULL DEFAULT '',
    CT_Statistique09 VARCHAR(21)  NOT NULL DEFAULT '',
    CT_Statistique10 VARCHAR(21)  NOT NULL DEFAULT '',
    CONSTRAINT UKA_F_COMPTET_CT_Num UNIQUE (CT_Num)
);

CREATE TABLE F_FAMILLE (
    cbMarq          INTEGER      NOT NULL PRIMARY KEY,
    FA_CodeFamille  VARCHAR(10)  NOT NULL,
    FA_Type         SMALLINT     NOT NULL DEFAULT 0,
    FA_Intitule     VARCHAR(69)  NOT NULL DEFAULT '',
    CONSTRAINT UKA_F_FAMILLE_FA_CodeFamille UNIQUE (FA_CodeFamille)
);

CREATE TABLE F_ARTICLE (
    cbMarq          INTEGER      NOT NULL PRIMARY KEY,
    AR_Ref          VARCHAR(19)  NOT NULL,
    AR_Design       VARCHAR(69)  NOT NULL DEFAULT '',
    FA_CodeFamille  VARCHAR(10)  NOT NULL DEFAULT '',
    AR_Sommeil      SMALLINT     NOT NULL DEFAULT 0,
    AR_Stat01       VARCHAR(21)  NOT NULL DEFAULT '',
    AR_Stat02       VARCHAR(21)  NOT NULL DEFAULT '',
    AR_Stat03       VARCHAR(21)  NOT NULL DEFAULT '',
    AR_Stat04       VARCHAR(21)  NOT NULL DEFAULT '',
    AR_Stat05       VARCHAR(21)  NOT NULL DEFAULT '',
    CONSTRAINT UKA_F_ARTICLE_AR_Ref UNIQUE (AR_Ref)
);

CREATE TABLE F_DOCENTETE (
    cbMarq          INTEGER      NOT NULL PRIMARY KEY,
    DO_Domaine      SMALLINT     NOT NULL,
    DO_Type         SMALLINT     NOT NULL,
    DO_Piece        VARCHAR(13)  NOT NULL,
    DO_Date         DATETIME     NOT NULL,
    DO_Ref          VARCHAR(17)  NOT NULL DEFAULT '',
    DO_Tiers        VARCHAR(17)  NOT NULL DEFAULT '',
    CT_NumPayeur    VARCHAR(17)  NULL,
    CO_No           INT          NOT NULL DEFAULT 0,
    DO_Tarif        SMALLINT     NOT NULL DEFAULT 0,
    DO_Provenance   SMALLINT     NOT NULL DEFAULT 0,
    DO_Statut       SMALLINT     NOT NULL DEFAULT 0,
    DO_Cloture      SMALLINT     NOT NULL DEFAULT 0,
    DO_DateLivr     DATETIME     NULL,
    DO_TotalHT      NUMERIC(24,6) NOT NULL DEFAULT 0,
    DO_TotalTTC     NUMERIC(24,6) NOT NULL DEFAULT 0,
    DO_NetAPayer    NUMERIC(24,6) NOT NULL DEFAULT 0,
    DO_MontantRegle NUMERIC(24,6) NOT NULL DEFAULT 0,
    CONSTRAINT IDO_TPIECE UNIQUE (DO_Type, DO_Piece)
);

CREATE TABLE F_DOCLIGNE (
    cbMarq          INTEGER      NOT NULL PRIMARY KEY,
    DL_No           INT          NOT NULL,
    DO_Domaine      SMALLINT     NOT NULL,
    DO_Type         SMALLINT     NOT NULL,
    DO_Piece        VARCHAR(13)  NOT NULL,
    DO_Date         DATETIME     NOT NULL,
    CT_Num          VARCHAR(17)  NULL,
    DL_Ligne        INT          NOT NULL DEFAULT 0,
    AR_Ref          VARCHAR(19)  NULL,
    DL_Design       VARCHAR(69)  NOT NULL DEFAULT '',
    DL_Qte          NUMERIC(24,6) NOT NULL DEFAULT 0,
    DL_QteBC        NUMERIC(24,6) NOT NULL DEFAULT 0,
    DL_QteBL        NUMERIC(24,6) NOT NULL DEFAULT 0,
    DL_PrixUnitaire NUMERIC(24,6) NOT NULL DEFAULT 0,
    DL_MontantHT    NUMERIC(24,6) NOT NULL DEFAULT 0,
    DL_MontantTTC   NUMERIC(24,6) NOT NULL DEFAULT 0,
    DL_Valorise     SMALLINT     NOT NULL DEFAULT 1,
    DL_NonLivre     SMALLINT     NOT NULL DEFAULT 0,
    DL_PieceBC      VARCHAR(13)  NOT NULL DEFAULT '',
    DL_DateBC       DATETIME     NULL,
    DL_PieceBL      VARCHAR(13)  NOT NULL DEFAULT '',
    DL_DateBL       DATETIME     NULL,
    CO_No           INT          NOT NULL DEFAULT 0,
    DE_No           INT          NOT NULL DEFAULT 0,
    DO_DateLivr     DATETIME     NULL,
    CONSTRAINT IDL_NO UNIQUE (DL_No)
);

CREATE TABLE F_COMPTEG (
    cbMarq          INTEGER      NOT NULL PRIMARY KEY,
    CG_Num          VARCHAR(13)  NOT NULL,
    CG_Type         SMALLINT     NOT NULL DEFAULT 0,
    CG_Intitule     VARCHAR(35)  NOT NULL DEFAULT '',
    N_Nature        SMALLINT     NOT NULL DEFAULT 0,
    CONSTRAINT UKA_F_COMPTEG_CG_Num UNIQUE (CG_Num)
);

CREATE TABLE F_JOURNAUX (
    cbMarq          INTEGER      NOT NULL PRIMARY KEY,
    JO_Num          VARCHAR(7)   NOT NULL,
    JO_Intitule     VARCHAR(35)  NOT NULL DEFAULT '',
    JO_Type         SMALLINT     NOT NULL DEFAULT 3,
    CG_Num          VARCHAR(13)  NULL,
    JO_Sommeil      SMALLINT     NOT NULL DEFAULT 0,
    CONSTRAINT UKA_F_JOURNAUX_JO_Num UNIQUE (JO_Num)
);

CREATE TABLE F_ECRITUREC (
    cbMarq          INTEGER      NOT NULL PRIMARY KEY,
    EC_No           INT          NOT NULL,
    JO_Num          VARCHAR(7)   NOT NULL,
    JM_Date         DATETIME     NOT NULL,
    EC_Jour         SMALLINT     NOT NULL,
    EC_Date         DATETIME     NULL,
    EC_Piece        VARCHAR(13)  NOT NULL DEFAULT '',
    EC_RefPiece     VARCHAR(17)  NOT NULL DEFAULT '',
    CG_Num          VARCHAR(13)  NOT NULL,
    CT_Num          VARCHAR(17)  NULL,
    EC_Intitule     VARCHAR(69)  NOT NULL DEFAULT '',
    EC_Echeance     DATETIME     NULL,
    EC_Sens         SMALLINT     NOT NULL,
    EC_Montant      NUMERIC(24,6) NOT NULL DEFAULT 0,
    EC_Lettre       SMALLINT     NOT NULL DEFAULT 0,
    EC_Lettrage     VARCHAR(5)   NOT NULL DEFAULT '',
    EC_ANType       SMALLINT     NOT NULL DEFAULT 0,
    EC_Norme        SMALLINT     NOT NULL DEFAULT 0,
    CONSTRAINT IEC_ECNO UNIQUE (EC_No)
);
