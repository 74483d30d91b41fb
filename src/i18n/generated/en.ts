
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Try again`,
'error.http': str`The network data server returned an error (${0}).`,
'error.http-unknown': `The network data server returned an error.`,
'error.network': `The network data could not be fetched. Check the connection.`,
'error.not-found': `This actor is not part of the network.`,
'error.parse': `The network data is not valid JSON.`,
'error.schema': `The network data does not have the expected shape.`,
'error.timeout': `Loading the network data took too long.`,
'metric.actors.one': `actor`,
'metric.actors.other': `actors`,
'province.antwerpen': `Antwerp`,
'province.brussel': `Brussels`,
'province.limburg': `Limburg`,
'province.oost-vlaanderen': `East Flanders`,
'province.vlaams-brabant': `Flemish Brabant`,
'province.west-vlaanderen': `West Flanders`,
'state.empty': `There are no actors to show yet.`,
'state.idle': `No data configured: give a feed with the src attribute.`,
'state.loading': `Loading the network…`,
'state.stale': str`This data is from ${0}: refreshing failed.`,
'type.academic.one': `academic`,
'type.academic.other': `academics`,
'type.association.one': `local association`,
'type.association.other': `local associations`,
'type.changemaker.one': `changemaker`,
'type.changemaker.other': `changemakers`,
'type.education.one': `education actor`,
'type.education.other': `education actors`,
'type.employer.one': `employer`,
'type.employer.other': `employers`,
'type.enterprise.one': `social entrepreneur`,
'type.enterprise.other': `social entrepreneurs`,
'type.expert.one': `expert`,
'type.expert.other': `experts`,
'type.federation.one': `federation`,
'type.federation.other': `federations`,
'type.influencer.one': `opinion maker or influencer`,
'type.influencer.other': `opinion makers and influencers`,
'type.movement.one': `citizen movement`,
'type.movement.other': `citizen movements`,
'type.network.one': `network`,
'type.network.other': `networks`,
'type.organisation.one': `non-federated association`,
'type.organisation.other': `non-federated associations`,
    };
  