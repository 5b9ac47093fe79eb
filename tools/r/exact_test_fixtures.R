# Generates the exact-test reference fixtures for LamTrack.Statistics.Tests from base R's stats package.
# Usage: Rscript tools/r/exact_test_fixtures.R OUTDIR
#   poisson_rate.csv        poisson.test(x, T, conf.level): Garwood exact CI of one rate
#   poisson_rate_ratio.csv  poisson.test(c(x1, x2), c(t1, t2), conf.level): conditional binomial CI and p
#   wilcoxon_paired.csv     wilcox.test(x, y, paired = TRUE, exact, correct = TRUE): V and two-sided p;
#                           vectors are written ';'-separated, 'method' says whether R gave an exact p.
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "tests/LamTrack.Statistics.Tests/Fixtures"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
fmt <- function(v) { s <- sprintf("%.17g", v); s[is.infinite(v) & v > 0] <- "Inf"; s }

rates <- expand.grid(x = c(0, 1, 2, 5, 23, 100, 1000), t = c(0.5, 8.25, 37.75, 1000), conf = c(0.95, 0.9))
rows <- lapply(seq_len(nrow(rates)), function(i) {
  r <- rates[i, ]
  p <- poisson.test(r$x, r$t, conf.level = r$conf)
  data.frame(events = r$x, person_years = fmt(r$t), conf_level = r$conf, rate = fmt(unname(p$estimate)),
             lower = fmt(p$conf.int[1]), upper = fmt(p$conf.int[2]))
})
write.csv(do.call(rbind, rows), file.path(out, "poisson_rate.csv"), row.names = FALSE, quote = FALSE)

ratios <- rbind(
  data.frame(x1 = 1, t1 = 18.5, x2 = 23, t2 = 64.25, conf = 0.95),   # shaped like the case series
  data.frame(x1 = 0, t1 = 20, x2 = 23, t2 = 60, conf = 0.95),        # no event on treatment
  data.frame(x1 = 5, t1 = 10, x2 = 0, t2 = 10, conf = 0.95),         # no event in the reference period
  data.frame(x1 = 12, t1 = 40, x2 = 12, t2 = 40, conf = 0.95),       # equal rates
  data.frame(x1 = 7, t1 = 3.5, x2 = 30, t2 = 21.75, conf = 0.9),     # 90 % interval
  data.frame(x1 = 210, t1 = 1000, x2 = 1050, t2 = 1000, conf = 0.95),# registry scale
  data.frame(x1 = 3, t1 = 100, x2 = 4, t2 = 1, conf = 0.95),         # tiny p-value
  data.frame(x1 = 9, t1 = 2, x2 = 1, t2 = 7, conf = 0.95))           # ratio far above one
rows <- lapply(seq_len(nrow(ratios)), function(i) {
  r <- ratios[i, ]
  p <- poisson.test(c(r$x1, r$x2), c(r$t1, r$t2), conf.level = r$conf)
  data.frame(events1 = r$x1, person_years1 = fmt(r$t1), events2 = r$x2, person_years2 = fmt(r$t2),
             conf_level = r$conf, ratio = fmt(unname(p$estimate)), lower = fmt(p$conf.int[1]),
             upper = fmt(p$conf.int[2]), p_value = fmt(p$p.value))
})
write.csv(do.call(rbind, rows), file.path(out, "poisson_rate_ratio.csv"), row.names = FALSE, quote = FALSE)

set.seed(3)
cases <- list(
  list("five_all_positive", c(6.2, 4.1, 9.3, 2.2, 5.5), c(0, 0.2, 0, 0.1, 0.3), "TRUE"),
  list("eight_mixed", c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06), c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14), "TRUE"),
  list("twelve_mixed", round(rnorm(12, 1, 1), 3), round(rnorm(12, 0.5, 1), 3), "TRUE"),
  list("one_pair", c(2.5), c(1), "TRUE"),
  list("with_zero", c(3, 4, 2, 5, 1), c(3, 1, 1, 2, 2), "TRUE"),
  list("with_ties", c(4, 5, 6, 7, 8, 9), c(2, 3, 4, 4, 6, 1), "TRUE"),
  list("n60_default", round(rnorm(60, 0.3, 1), 4), round(rnorm(60, 0, 1), 4), "NULL"),
  list("n30_default", round(rnorm(30, 0.2, 1), 4), round(rnorm(30, 0, 1), 4), "NULL"),
  list("all_negative", c(1, 2, 3, 4, 5, 6, 7), c(2.5, 4, 6.5, 9, 11.5, 14, 16.5), "TRUE"))
rows <- lapply(cases, function(cs) {
  x <- cs[[2]]; y <- cs[[3]]
  ex <- if (cs[[4]] == "TRUE") TRUE else NULL
  w <- suppressWarnings(wilcox.test(x, y, paired = TRUE, exact = ex, correct = TRUE))
  data.frame(case = cs[[1]], x = paste(x, collapse = ";"), y = paste(y, collapse = ";"), exact_arg = cs[[4]],
             statistic = fmt(unname(w$statistic)), p_value = fmt(w$p.value),
             method = if (grepl("exact", w$method) || !grepl("continuity", w$method)) "exact" else "normal")
})
write.csv(do.call(rbind, rows), file.path(out, "wilcoxon_paired.csv"), row.names = FALSE, quote = FALSE)
cat("fixtures written with", R.version.string, "\n")
