// Where the API serves certificates: plain same-origin GETs that the browser downloads with the session cookie.

export const certificateUrl = (mobilityId: string, participantId: string) =>
  `/api/certificates/mobilities/${mobilityId}/participants/${participantId}.pdf`;

export const projectCertificatesUrl = (projectId: string) => `/api/certificates/projects/${projectId}.zip`;
