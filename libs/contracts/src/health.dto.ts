export interface HealthDto {
  status: 'ok' | 'degraded';
  db: { status: 'up' | 'down'; driver: 'sqlite' | 'mysql' };
  queue: { status: 'up' | 'down'; driver: 'bull' | 'in-process' };
}
