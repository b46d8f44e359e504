package io.djongo.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sample test class, some of which fail on purpose: it runs only inside {@link DjongoExtensionTest},
 * which starts an engine with the configuration parameter {@value #PARAMETER}, never on its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Sample.OnlyInsideTheTestKit.class)
@interface Sample {
    String PARAMETER = "djongo.test.samples";

    final class OnlyInsideTheTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).isPresent()
                    ? ConditionEvaluationResult.enabled("run by DjongoExtensionTest")
                    : ConditionEvaluationResult.disabled("a sample for DjongoExtensionTest");
        }
    }
}
