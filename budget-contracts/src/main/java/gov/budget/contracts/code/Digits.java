package gov.budget.contracts.code;

/** Whether a code is ASCII digits only, of one of its allowed lengths. */
final class Digits {

    private Digits() {
    }

    static boolean only(String code, int... lengths) {
        boolean allowed = false;
        for (int length : lengths) {
            allowed |= code.length() == length;
        }
        if (!allowed) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
