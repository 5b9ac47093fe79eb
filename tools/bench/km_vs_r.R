# Writes a 1,000,000-subject Kaplan–Meier data set and times R's survfit on it.
# Usage: Rscript tools/bench/km_vs_r.R OUT.csv [N] [REPEATS]
# Prints r_median_seconds (median of REPEATS calls of survfit, data already in memory) and R's last S.
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
path <- args[1]
n <- if (length(args) >= 2) as.integer(args[2]) else 1000000L
repeats <- if (length(args) >= 3) as.integer(args[3]) else 5L
set.seed(20261127)
d <- data.frame(time = round(rweibull(n, shape = 1.3, scale = 40), 4), status = rbinom(n, 1, 0.7))
write.csv(d, path, row.names = FALSE, quote = FALSE)
d <- read.csv(path)
elapsed <- numeric(repeats)
for (i in seq_len(repeats)) {
  elapsed[i] <- system.time(f <- survfit(Surv(time, status) ~ 1, data = d))[["elapsed"]]
}
cat(sprintf("r_median_seconds=%.6f rows=%d events=%d last_surv=%.17g\n", median(elapsed), length(f$time),
            sum(f$n.event), f$surv[length(f$surv)]))
