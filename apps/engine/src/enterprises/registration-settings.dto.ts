export type { RegistrationDeadlineDto, RegistrationSettings, RegistrationSettingsDto } from '@yilin/contracts';
