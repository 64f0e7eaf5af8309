export { DomainError, isDomainError, messageFor } from './DomainError';
export { ERROR_MESSAGES, type ErrorCode, type ErrorParams } from './messages';
