// Where the API serves certificates: plain same-origin GETs that the browser downloads with the session cookie.

export const certificateUrl = (organisationId: string, mobilityId: string, participantId: string) =>
  `/api/organisations/${organisationId}/certificates/mobilities/${mobilityId}/participants/${participantId}.pdf`;

export const projectCertificatesUrl = (organisationId: string, projectId: string) =>
  `/api/organisations/${organisationId}/certificates/projects/${projectId}.zip`;
