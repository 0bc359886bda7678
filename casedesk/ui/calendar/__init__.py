"""The calendar page: deadlines and court-order duties by month or week."""
