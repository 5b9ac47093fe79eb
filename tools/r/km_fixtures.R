# Generates the Kaplan–Meier reference fixtures for LamTrack.Statistics.Tests from R's survival package.
# Usage: Rscript tools/r/km_fixtures.R OUTDIR
# Each case writes km_<case>_input.csv (time,status) and km_<case>_expected.csv (one row per distinct time,
# survfit defaults: Greenwood variance, 95 %, with the log, log-log and plain intervals), and one line in
# km_medians.csv (median and its 95 % limits with the log interval, as print.survfit reports them).
# The inputs are written as text first and read back, so R and the C# tests parse the same characters.
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "tests/LamTrack.Statistics.Tests/Fixtures"
dir.create(out, showWarnings = FALSE, recursive = TRUE)

fmt <- function(v) {
  s <- sprintf("%.17g", v)
  s[is.na(v)] <- "NA"
  s[is.infinite(v) & v > 0] <- "Inf"
  s
}

write_input <- function(name, time, status) {
  path <- file.path(out, sprintf("km_%s_input.csv", name))
  writeLines(c("time,status", paste(time, status, sep = ",")), path)
  read.csv(path)
}

fit_rows <- function(d, type) {
  f <- survfit(Surv(time, status) ~ 1, data = d, conf.type = type)
  list(fit = f, lower = f$lower, upper = f$upper)
}

median_row <- function(name, f) {
  tab <- summary(f)$table
  data.frame(case = name, n = tab[["n.start"]], events = tab[["events"]],
             median = fmt(tab[["median"]]), lcl = fmt(tab[["0.95LCL"]]), ucl = fmt(tab[["0.95UCL"]]))
}

make_case <- function(name, time, status) {
  d <- write_input(name, time, status)
  lg <- fit_rows(d, "log")
  ll <- fit_rows(d, "log-log")
  pl <- fit_rows(d, "plain")
  f <- lg$fit
  res <- data.frame(time = fmt(f$time), n_risk = f$n.risk, n_event = f$n.event, n_censor = f$n.censor,
                    surv = fmt(f$surv), std_err = fmt(f$std.err),
                    lower95_log = fmt(lg$lower), upper95_log = fmt(lg$upper),
                    lower95_loglog = fmt(ll$lower), upper95_loglog = fmt(ll$upper),
                    lower95_plain = fmt(pl$lower), upper95_plain = fmt(pl$upper))
  write.csv(res, file.path(out, sprintf("km_%s_expected.csv", name)), row.names = FALSE, quote = FALSE)
  median_row(name, f)
}

set.seed(20261127)
medians <- list()
# The shared reference case: ten subjects with tied events and a censored time tied with an event.
medians[[1]] <- make_case("small10", c(1, 2, 2, 3, 4, 4, 5, 6, 7, 8), c(1, 1, 0, 1, 1, 1, 0, 1, 0, 1))
# Many ties: integer months, 200 subjects, about a third censored.
t_ties <- sample(1:24, 200, replace = TRUE)
medians[[2]] <- make_case("ties200", t_ties, rbinom(200, 1, 0.65))
# Heavy censoring: 300 subjects, 90 % censored, continuous times to four decimals.
medians[[3]] <- make_case("heavycensor300", round(rexp(300, 0.1), 4), rbinom(300, 1, 0.1))
# Every subject censored: S stays 1 and the standard error 0.
medians[[4]] <- make_case("allcensored", c(3, 5, 5, 8, 13), c(0, 0, 0, 0, 0))
# One subject with an event, and one censored.
medians[[5]] <- make_case("single_event", c(7.5), c(1))
medians[[6]] <- make_case("single_censored", c(7.5), c(0))
# Large n: 5000 subjects, Weibull times to four decimals, 30 % censored, some time-zero rows.
t_large <- c(round(rweibull(4990, shape = 1.3, scale = 40), 4), rep(0, 10))
medians[[7]] <- make_case("large5000", t_large, rbinom(5000, 1, 0.7))
# Times that differ only by rounding error: survfit merges them (timefix, aeqSurv).
medians[[8]] <- make_case("neartie", c(1, 1.000000000001, 2, 2.0000000000004, 3, 3.5, 4, 4),
                          c(1, 1, 0, 1, 1, 0, 1, 0))
# Last observation censored after S falls: the curve ends above zero.
medians[[9]] <- make_case("endcensored", c(2, 4, 4, 6, 9, 12, 12, 15), c(1, 0, 1, 1, 0, 1, 0, 0))
# S exactly 0.5 over an interval: the median is the midpoint of the two times (print.survfit rule).
medians[[10]] <- make_case("halfmedian", c(1, 2, 3, 4, 5, 6), c(1, 1, 1, 0, 1, 1))
medians[[11]] <- make_case("exacthalf", c(1, 2, 3, 4), c(1, 1, 1, 1))
write.csv(do.call(rbind, medians), file.path(out, "km_medians.csv"), row.names = FALSE, quote = FALSE)
cat("survival", format(packageVersion("survival")), "on", R.version.string, "\n")
