
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Réessayer`,
'error.http': str`Le serveur des données du réseau a renvoyé une erreur (${0}).`,
'error.http-unknown': `Le serveur des données du réseau a renvoyé une erreur.`,
'error.network': `Les données du réseau n'ont pas pu être récupérées. Vérifiez la connexion.`,
'error.not-found': `Cet acteur ne fait pas partie du réseau.`,
'error.parse': `Les données du réseau ne sont pas du JSON valide.`,
'error.schema': `Les données du réseau n'ont pas la forme attendue.`,
'error.timeout': `Le chargement des données du réseau a pris trop de temps.`,
'metric.actors.one': `acteur`,
'metric.actors.other': `acteurs`,
'province.antwerpen': `Anvers`,
'province.brussel': `Bruxelles`,
'province.limburg': `Limbourg`,
'province.oost-vlaanderen': `Flandre-Orientale`,
'province.vlaams-brabant': `Brabant flamand`,
'province.west-vlaanderen': `Flandre-Occidentale`,
'state.empty': `Il n'y a encore aucun acteur à afficher.`,
'state.idle': `Aucune donnée configurée : indiquez un flux avec l'attribut src.`,
'state.loading': `Chargement du réseau…`,
'state.stale': str`Ces données datent de ${0} : l'actualisation a échoué.`,
'type.academic.one': `universitaire`,
'type.academic.other': `universitaires`,
'type.association.one': `association locale`,
'type.association.other': `associations locales`,
'type.changemaker.one': `acteur du changement`,
'type.changemaker.other': `acteurs du changement`,
'type.education.one': `acteur de l'enseignement`,
'type.education.other': `acteurs de l'enseignement`,
'type.employer.one': `employeur`,
'type.employer.other': `employeurs`,
'type.enterprise.one': `entrepreneur social`,
'type.enterprise.other': `entrepreneurs sociaux`,
'type.expert.one': `expert`,
'type.expert.other': `experts`,
'type.federation.one': `fédération`,
'type.federation.other': `fédérations`,
'type.influencer.one': `leader d'opinion ou influenceur`,
'type.influencer.other': `leaders d'opinion et influenceurs`,
'type.movement.one': `mouvement citoyen`,
'type.movement.other': `mouvements citoyens`,
'type.network.one': `réseau`,
'type.network.other': `réseaux`,
'type.organisation.one': `association non fédérée`,
'type.organisation.other': `associations non fédérées`,
    };
  