/** Schedule bodies from the spec (§5) and the seed, shown in Swagger UI; each registers on the demo inventory. */
export const CREATE_SCHEDULE_EXAMPLES = {
  weekly: {
    summary: 'Weekly: Monday, Wednesday, Friday at 01:30',
    value: { center: '1', type: 4, basic: { day: 'mon,wed,fri', time: '01:30' } },
  },
  monthlyDates: {
    summary: 'Monthly on Specific Date: the 25th and 28th at 12:00 (seed)',
    value: { center: '1', type: 6, basic: { day: '25,28', time: '12:00' } },
  },
  smartWeekly: {
    summary: 'Smart Weekly: full on Monday 01:00, incrementals Tuesday and Friday 13:00',
    value: {
      center: '1',
      jobName: 'backupTest_ROOT',
      type: 7,
      basic: { day: 'mon', time: '01:00' },
      advanced: { day: 'tue, fri', time: '13:00' },
    },
  },
  hourlyInBerlin: {
    summary: 'Hourly from 08:00 every 4 hours, in Europe/Berlin',
    value: { center: '1', type: 2, basic: { time: '08:00', interval: { hour: 4 } }, timezone: 'Europe/Berlin' },
  },
};
