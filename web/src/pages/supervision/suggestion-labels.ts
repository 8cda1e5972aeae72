import type { Satisfaction, SuggestionKind, SuggestionStatus } from '../../api/supervision';

export const suggestionKindLabels: Record<SuggestionKind, string> = { deputy: '人大代表建议', cppcc: '政协提案' };
export const suggestionStatusLabels: Record<SuggestionStatus, string> = { registered: '待交办', assigned: '办理中', sent_back: '申请退回', answered: '已答复待测评', closed: '已办结' };
export const suggestionStatusColors: Record<SuggestionStatus, string> = { registered: 'default', assigned: 'processing', sent_back: 'orange', answered: 'gold', closed: 'success' };
export const satisfactionLabels: Record<Satisfaction, string> = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' };
