; BrainTS kernels for synapse model StaticCurrentSynapse (models/iaf-psc-exp.ts:75), method onPre(t, dt).
; _rows: the synapses of the spiking neurons; _ids: listed synapses. Arrays (fields): post.I_ex, post.I_in.
; Group-uniform parameters (params): w.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'StaticCurrentSynapse.cpu'
source_filename = "models/iaf-psc-exp.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @StaticCurrentSynapse_onPre_rows(double** %fields, double* %params, i32* %spikes, i64 %count, i32* %rowBegin, i32* %rowEnd, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !5 {
entry:
  ; models/iaf-psc-exp.ts:79  onPre(t: number, dt: number) {
  %post.I_ex.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !8
  %post.I_ex.ptr = load double*, double** %post.I_ex.slot, align 8, !dbg !8
  %post.I_in.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !8
  %post.I_in.ptr = load double*, double** %post.I_in.slot, align 8, !dbg !8
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !8
  %w = load double, double* %w.slot, align 8, !dbg !8
  %bad = alloca i64, align 8, !dbg !8
  store i64 0, i64* %bad, align 8, !dbg !8
  %0 = icmp sgt i64 %count, 0, !dbg !8
  br i1 %0, label %spike, label %done, !dbg !8

spike:                                            ; preds = %next.spike, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %next.spike ], !dbg !8
  %1 = getelementptr inbounds i32, i32* %spikes, i64 %q, !dbg !8
  %i = load i32, i32* %1, align 4, !dbg !8
  %2 = sext i32 %i to i64, !dbg !8
  %3 = sub i64 %count, 1, !dbg !8
  %4 = add i64 %q, 3, !dbg !8
  %5 = icmp slt i64 %4, %3, !dbg !8
  %6 = select i1 %5, i64 %4, i64 %3, !dbg !8
  %7 = getelementptr inbounds i32, i32* %spikes, i64 %6, !dbg !8
  %i.next = load i32, i32* %7, align 4, !dbg !8
  %8 = sext i32 %i.next to i64, !dbg !8
  %9 = add i64 %q, 6, !dbg !8
  %10 = icmp slt i64 %9, %3, !dbg !8
  %11 = select i1 %10, i64 %9, i64 %3, !dbg !8
  %12 = getelementptr inbounds i32, i32* %spikes, i64 %11, !dbg !8
  %i.after = load i32, i32* %12, align 4, !dbg !8
  %13 = sext i32 %i.after to i64, !dbg !8
  %14 = getelementptr inbounds i32, i32* %rowBegin, i64 %8, !dbg !8
  %row.next = load i32, i32* %14, align 4, !dbg !8
  %15 = sext i32 %row.next to i64, !dbg !8
  %16 = getelementptr inbounds i32, i32* %rowBegin, i64 %13, !dbg !8
  %17 = bitcast i32* %16 to i8*, !dbg !8
  call void @llvm.prefetch.p0i8(i8* %17, i32 0, i32 3, i32 1), !dbg !8
  %18 = add i64 %15, 0, !dbg !8
  %19 = getelementptr i32, i32* %col, i64 %18, !dbg !8
  %20 = bitcast i32* %19 to i8*, !dbg !8
  call void @llvm.prefetch.p0i8(i8* %20, i32 0, i32 3, i32 1), !dbg !8
  %21 = add i64 %15, 16, !dbg !8
  %22 = getelementptr i32, i32* %col, i64 %21, !dbg !8
  %23 = bitcast i32* %22 to i8*, !dbg !8
  call void @llvm.prefetch.p0i8(i8* %23, i32 0, i32 3, i32 1), !dbg !8
  %24 = add i64 %15, 32, !dbg !8
  %25 = getelementptr i32, i32* %col, i64 %24, !dbg !8
  %26 = bitcast i32* %25 to i8*, !dbg !8
  call void @llvm.prefetch.p0i8(i8* %26, i32 0, i32 3, i32 1), !dbg !8
  %27 = add i64 %15, 48, !dbg !8
  %28 = getelementptr i32, i32* %col, i64 %27, !dbg !8
  %29 = bitcast i32* %28 to i8*, !dbg !8
  call void @llvm.prefetch.p0i8(i8* %29, i32 0, i32 3, i32 1), !dbg !8
  %30 = getelementptr inbounds i32, i32* %rowBegin, i64 %2, !dbg !8
  %range.begin = load i32, i32* %30, align 4, !dbg !8
  %31 = sext i32 %range.begin to i64, !dbg !8
  %32 = getelementptr inbounds i32, i32* %rowEnd, i64 %2, !dbg !8
  %range.end = load i32, i32* %32, align 4, !dbg !8
  %33 = sext i32 %range.end to i64, !dbg !8
  %34 = icmp slt i64 %31, %33, !dbg !8
  br i1 %34, label %synapse, label %next.spike, !dbg !8

done:                                             ; preds = %next.spike, %entry
  ; models/iaf-psc-exp.ts:82  else this.post.I_in += this.w;
  %35 = load i64, i64* %bad, align 8, !dbg !9
  %36 = icmp ne i64 %35, 0, !dbg !9
  %result = zext i1 %36 to i32, !dbg !9
  ret i32 %result, !dbg !9

synapse:                                          ; preds = %post.I_in.stored, %spike
  ; models/iaf-psc-exp.ts:79  onPre(t: number, dt: number) {
  %x = phi i64 [ %31, %spike ], [ %x.next, %post.I_in.stored ], !dbg !8
  %37 = getelementptr inbounds i32, i32* %col, i64 %x, !dbg !8
  %j = load i32, i32* %37, align 4, !dbg !8
  %38 = sext i32 %j to i64, !dbg !8
  ; models/iaf-psc-exp.ts:81  if (this.w > 0) this.post.I_ex += this.w;
  %39 = fcmp ogt double %w, 0.000000e+00, !dbg !10
  %post.I_ex.addr = getelementptr inbounds double, double* %post.I_ex.ptr, i64 %38, !dbg !11
  %post.I_ex = load double, double* %post.I_ex.addr, align 8, !dbg !11
  %40 = fadd double %post.I_ex, %w, !dbg !12
  %post.I_ex.next = select i1 %39, double %40, double %post.I_ex, !dbg !11
  ; models/iaf-psc-exp.ts:82  else this.post.I_in += this.w;
  %post.I_in.addr = getelementptr inbounds double, double* %post.I_in.ptr, i64 %38, !dbg !9
  %post.I_in = load double, double* %post.I_in.addr, align 8, !dbg !9
  %41 = fadd double %post.I_in, %w, !dbg !13
  %post.I_in.next = select i1 %39, double %post.I_in, double %41, !dbg !13
  ; models/iaf-psc-exp.ts:81  if (this.w > 0) this.post.I_ex += this.w;
  br i1 %39, label %post.I_ex.store, label %post.I_ex.stored, !dbg !11

next.spike:                                       ; preds = %post.I_in.stored, %spike
  ; models/iaf-psc-exp.ts:82  else this.post.I_in += this.w;
  %q.next = add i64 %q, 1, !dbg !9
  %42 = icmp slt i64 %q.next, %count, !dbg !9
  br i1 %42, label %spike, label %done, !dbg !9

post.I_ex.store:                                  ; preds = %synapse
  ; models/iaf-psc-exp.ts:81  if (this.w > 0) this.post.I_ex += this.w;
  %post.I_ex.addr1 = getelementptr inbounds double, double* %post.I_ex.ptr, i64 %38, !dbg !11
  store double %post.I_ex.next, double* %post.I_ex.addr1, align 8, !dbg !11
  br label %post.I_ex.stored, !dbg !11

post.I_ex.stored:                                 ; preds = %post.I_ex.store, %synapse
  ; models/iaf-psc-exp.ts:82  else this.post.I_in += this.w;
  %43 = xor i1 %39, true, !dbg !9
  br i1 %43, label %post.I_in.store, label %post.I_in.stored, !dbg !9

post.I_in.store:                                  ; preds = %post.I_ex.stored
  %post.I_in.addr2 = getelementptr inbounds double, double* %post.I_in.ptr, i64 %38, !dbg !9
  store double %post.I_in.next, double* %post.I_in.addr2, align 8, !dbg !9
  br label %post.I_in.stored, !dbg !9

post.I_in.stored:                                 ; preds = %post.I_in.store, %post.I_ex.stored
  %44 = load i64, i64* %bad, align 8, !dbg !9
  %45 = or i64 %44, 0, !dbg !9
  store i64 %45, i64* %bad, align 8, !dbg !9
  %x.next = add i64 %x, 1, !dbg !9
  %46 = icmp slt i64 %x.next, %33, !dbg !9
  br i1 %46, label %synapse, label %next.spike, !dbg !9
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #1

; Function Attrs: nounwind
define i32 @StaticCurrentSynapse_onPre_ids(double** %fields, double* %params, i32* %ids, i64 %count, i32* %pre, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !14 {
entry:
  ; models/iaf-psc-exp.ts:79  onPre(t: number, dt: number) {
  %post.I_ex.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !15
  %post.I_ex.ptr = load double*, double** %post.I_ex.slot, align 8, !dbg !15
  %post.I_in.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !15
  %post.I_in.ptr = load double*, double** %post.I_in.slot, align 8, !dbg !15
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !15
  %w = load double, double* %w.slot, align 8, !dbg !15
  %bad = alloca i64, align 8, !dbg !15
  store i64 0, i64* %bad, align 8, !dbg !15
  %0 = icmp sgt i64 %count, 0, !dbg !15
  br i1 %0, label %synapse, label %done, !dbg !15

synapse:                                          ; preds = %post.I_in.stored, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %post.I_in.stored ], !dbg !15
  %1 = sub i64 %count, 1, !dbg !15
  %2 = add i64 %q, 16, !dbg !15
  %3 = icmp slt i64 %2, %1, !dbg !15
  %4 = select i1 %3, i64 %2, i64 %1, !dbg !15
  %5 = getelementptr inbounds i32, i32* %ids, i64 %4, !dbg !15
  %k.ahead = load i32, i32* %5, align 4, !dbg !15
  %6 = sext i32 %k.ahead to i64, !dbg !15
  %7 = getelementptr i32, i32* %col, i64 %6, !dbg !15
  %8 = bitcast i32* %7 to i8*, !dbg !15
  call void @llvm.prefetch.p0i8(i8* %8, i32 0, i32 3, i32 1), !dbg !15
  %9 = getelementptr inbounds i32, i32* %ids, i64 %q, !dbg !15
  %k = load i32, i32* %9, align 4, !dbg !15
  %10 = sext i32 %k to i64, !dbg !15
  %11 = getelementptr inbounds i32, i32* %pre, i64 %10, !dbg !15
  %i = load i32, i32* %11, align 4, !dbg !15
  %12 = sext i32 %i to i64, !dbg !15
  %13 = getelementptr inbounds i32, i32* %col, i64 %10, !dbg !15
  %j = load i32, i32* %13, align 4, !dbg !15
  %14 = sext i32 %j to i64, !dbg !15
  ; models/iaf-psc-exp.ts:81  if (this.w > 0) this.post.I_ex += this.w;
  %15 = fcmp ogt double %w, 0.000000e+00, !dbg !16
  %post.I_ex.addr = getelementptr inbounds double, double* %post.I_ex.ptr, i64 %14, !dbg !17
  %post.I_ex = load double, double* %post.I_ex.addr, align 8, !dbg !17
  %16 = fadd double %post.I_ex, %w, !dbg !18
  %post.I_ex.next = select i1 %15, double %16, double %post.I_ex, !dbg !17
  ; models/iaf-psc-exp.ts:82  else this.post.I_in += this.w;
  %post.I_in.addr = getelementptr inbounds double, double* %post.I_in.ptr, i64 %14, !dbg !19
  %post.I_in = load double, double* %post.I_in.addr, align 8, !dbg !19
  %17 = fadd double %post.I_in, %w, !dbg !20
  %post.I_in.next = select i1 %15, double %post.I_in, double %17, !dbg !20
  ; models/iaf-psc-exp.ts:81  if (this.w > 0) this.post.I_ex += this.w;
  br i1 %15, label %post.I_ex.store, label %post.I_ex.stored, !dbg !17

done:                                             ; preds = %post.I_in.stored, %entry
  ; models/iaf-psc-exp.ts:82  else this.post.I_in += this.w;
  %18 = load i64, i64* %bad, align 8, !dbg !19
  %19 = icmp ne i64 %18, 0, !dbg !19
  %result = zext i1 %19 to i32, !dbg !19
  ret i32 %result, !dbg !19

post.I_ex.store:                                  ; preds = %synapse
  ; models/iaf-psc-exp.ts:81  if (this.w > 0) this.post.I_ex += this.w;
  %post.I_ex.addr1 = getelementptr inbounds double, double* %post.I_ex.ptr, i64 %14, !dbg !17
  store double %post.I_ex.next, double* %post.I_ex.addr1, align 8, !dbg !17
  br label %post.I_ex.stored, !dbg !17

post.I_ex.stored:                                 ; preds = %post.I_ex.store, %synapse
  ; models/iaf-psc-exp.ts:82  else this.post.I_in += this.w;
  %20 = xor i1 %15, true, !dbg !19
  br i1 %20, label %post.I_in.store, label %post.I_in.stored, !dbg !19

post.I_in.store:                                  ; preds = %post.I_ex.stored
  %post.I_in.addr2 = getelementptr inbounds double, double* %post.I_in.ptr, i64 %14, !dbg !19
  store double %post.I_in.next, double* %post.I_in.addr2, align 8, !dbg !19
  br label %post.I_in.stored, !dbg !19

post.I_in.stored:                                 ; preds = %post.I_in.store, %post.I_ex.stored
  %21 = load i64, i64* %bad, align 8, !dbg !19
  %22 = or i64 %21, 0, !dbg !19
  store i64 %22, i64* %bad, align 8, !dbg !19
  %q.next = add i64 %q, 1, !dbg !19
  %23 = icmp slt i64 %q.next, %count, !dbg !19
  br i1 %23, label %synapse, label %done, !dbg !19
}

attributes #0 = { nounwind }
attributes #1 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2, !4}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "iaf-psc-exp.ts", directory: "models")
!4 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!5 = distinct !DISubprogram(name: "StaticCurrentSynapse.onPre_rows", linkageName: "StaticCurrentSynapse_onPre_rows", scope: !3, file: !3, line: 79, type: !6, scopeLine: 79, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !7)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!8 = !DILocation(line: 79, column: 3, scope: !5)
!9 = !DILocation(line: 82, column: 10, scope: !5)
!10 = !DILocation(line: 81, column: 18, scope: !5)
!11 = !DILocation(line: 81, column: 21, scope: !5)
!12 = !DILocation(line: 81, column: 39, scope: !5)
!13 = !DILocation(line: 82, column: 28, scope: !5)
!14 = distinct !DISubprogram(name: "StaticCurrentSynapse.onPre_ids", linkageName: "StaticCurrentSynapse_onPre_ids", scope: !3, file: !3, line: 79, type: !6, scopeLine: 79, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !4, retainedNodes: !7)
!15 = !DILocation(line: 79, column: 3, scope: !14)
!16 = !DILocation(line: 81, column: 18, scope: !14)
!17 = !DILocation(line: 81, column: 21, scope: !14)
!18 = !DILocation(line: 81, column: 39, scope: !14)
!19 = !DILocation(line: 82, column: 10, scope: !14)
!20 = !DILocation(line: 82, column: 28, scope: !14)
; braints-hash: 3b3d807ebb483660e70b5f047a1be5b6871256971c09a330449a08208ae5ce63
