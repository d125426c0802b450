package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joblist.publish.Postings.salary;

import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryOrigin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalaryFormatTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "118000; 142000; USD; YEAR; $118,000–$142,000 / year",
        "27.50; 27.50; USD; HOUR; $27.50 / hour",
        "3000; 3000; USD; HOUR; $3,000 / hour",
        "25; 30.5; GBP; HOUR; £25–£30.50 / hour",
        "450; 450; EUR; DAY; €450 / day",
        "1200; 1500; EUR; WEEK; €1,200–€1,500 / week",
        "8000; 9500; CHF; MONTH; CHF 8,000–CHF 9,500 / month",
        "90000; 110000; CAD; YEAR; CAD 90,000–CAD 110,000 / year",
    })
    void writesTheSalaryInItsStatedPeriodAndCurrencyWithEveryDigit(
            String min, String max, String currency, PayPeriod period, String text) {
        assertThat(SalaryFormat.range(salary(min, max, currency, period, SalaryOrigin.STATED)))
                .isEqualTo(text);
    }
}
