//! The arithmetic counts run in: floating point first, exact fractions when floating point
//! cannot tell two amounts apart.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::ToPrimitive;

/// The arithmetic a count runs in.
pub(crate) trait Number: Clone {
    /// Whether equal values are equal in fact.
    const EXACT: bool;
    fn whole(value: u128) -> Self;
    fn from_ratio(value: &BigRational) -> Self;
    fn add(&self, other: &Self) -> Self;
    fn sub(&self, other: &Self) -> Self;
    fn times(&self, factor: u128) -> Self;
    fn over(&self, divisor: u128) -> Self;
    fn divide(&self, other: &Self) -> Self;
    fn compare(&self, other: &Self) -> Ordering;
    fn to_f64(&self) -> f64;
    /// Whether two values are too close for this arithmetic to order them reliably.
    fn too_close(&self, other: &Self) -> bool;
    /// How many whole `unit`s of rise in `b` certainly keep a decision whose lines cross
    /// after a rise of `self` (at least one).
    fn safe_steps(&self, unit: u64) -> u64;
}

impl Number for f64 {
    const EXACT: bool = false;
    fn whole(value: u128) -> Self {
        value as f64
    }
    fn from_ratio(value: &BigRational) -> Self {
        ToPrimitive::to_f64(value).unwrap_or(f64::INFINITY)
    }
    fn add(&self, other: &Self) -> Self {
        self + other
    }
    fn sub(&self, other: &Self) -> Self {
        self - other
    }
    fn times(&self, factor: u128) -> Self {
        self * factor as f64
    }
    fn over(&self, divisor: u128) -> Self {
        self / divisor as f64
    }
    fn divide(&self, other: &Self) -> Self {
        self / other
    }
    fn compare(&self, other: &Self) -> Ordering {
        self.partial_cmp(other).unwrap_or(Ordering::Equal)
    }
    fn to_f64(&self) -> f64 {
        *self
    }
    fn too_close(&self, other: &Self) -> bool {
        // Rounding in a count stays many orders of magnitude below this margin.
        (self - other).abs() <= 1e-9 * self.abs().max(other.abs())
    }
    fn safe_steps(&self, unit: u64) -> u64 {
        let cautious = self * (1.0 - 1e-9) - 1e-6;
        let steps = (cautious / unit as f64).ceil();
        if steps.is_finite() && steps >= 1.0 { steps.min(u64::MAX as f64) as u64 } else { 1 }
    }
}

impl Number for BigRational {
    const EXACT: bool = true;
    fn whole(value: u128) -> Self {
        BigRational::from_integer(BigInt::from(value))
    }
    fn from_ratio(value: &BigRational) -> Self {
        value.clone()
    }
    fn add(&self, other: &Self) -> Self {
        self + other
    }
    fn sub(&self, other: &Self) -> Self {
        self - other
    }
    fn times(&self, factor: u128) -> Self {
        self * BigInt::from(factor)
    }
    fn over(&self, divisor: u128) -> Self {
        self / BigInt::from(divisor)
    }
    fn divide(&self, other: &Self) -> Self {
        self / other
    }
    fn compare(&self, other: &Self) -> Ordering {
        self.cmp(other)
    }
    fn to_f64(&self) -> f64 {
        ToPrimitive::to_f64(self).unwrap_or(f64::INFINITY)
    }
    fn too_close(&self, _other: &Self) -> bool {
        false
    }
    fn safe_steps(&self, unit: u64) -> u64 {
        let steps = (self / BigInt::from(unit)).ceil().to_integer();
        steps.to_u64().unwrap_or(u64::MAX).max(1)
    }
}
